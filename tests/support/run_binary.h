#pragma once

#include <string>
#include <vector>

#include <sys/types.h>

namespace concord::testing {

struct ProcessResult {
  int exit_code = -1;
  std::string out;
  std::string err;
  long max_rss_kib = 0;  ///< the process's peak resident memory
};

/// Runs build/concord with `args` (no shell), optionally feeding `stdin_text`, and captures its output.
ProcessResult runConcord(const std::vector<std::string>& args, const std::string& stdin_text = "");

/// The same, run in the folder `cwd` (config discovery, `concord init`).
ProcessResult runConcordIn(const std::string& cwd, const std::vector<std::string>& args,
                           const std::string& stdin_text = "");

/// The same, with standard input read from the file or device `stdin_path` (/dev/zero: an endless input).
ProcessResult runConcordWithStdinFrom(const std::string& stdin_path, const std::vector<std::string>& args);

/// Starts build/concord with `args` in the background (standard streams on /dev/null) and returns its
/// process id, for a test that signals it mid-run; the caller waits for it (waitpid).
pid_t startConcord(const std::vector<std::string>& args);

/// A fresh empty temporary directory for one test.
std::string makeTempDir();

/// Writes `bytes` to `path`.
void writeFile(const std::string& path, const std::string& bytes);
std::string readFile(const std::string& path);

/// `text` with the first `from` replaced by `to`; throws when `from` is not there (a test edit that no
/// longer applies must fail loudly, not silently test nothing).
std::string replacedOnce(std::string text, const std::string& from, const std::string& to);

/// Repository path of a file: repoPath("corpora/belgorod/target.en.txt").
std::string repoPath(const std::string& relative);

}  // namespace concord::testing
