#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "checker/output/temporary_files.h"

namespace concord {

/// Whether an output may replace a file the run reads (run_inputs.h). Only `concord fix`, whose job is to
/// rewrite the target, says replace.
enum class ExistingInput { refuse, replace };

/// The files one run writes, all or nothing as far as POSIX allows.
///
/// stage() follows the path the user named (outputDestination: `-` is refused here, links are followed,
/// a device or FIFO is written in place), refuses a destination that is an input of the run (run_inputs.h)
/// or already staged, and writes the bytes of a regular file to a hidden temporary beside its destination
/// (.name.tmp-XXXXXX, fsynced, with the mode of the file it replaces). Nothing the user sees changes yet.
/// commit() then writes the in-place destinations and renames every temporary over its destination.
/// Every temporary not renamed is removed by the destructor (errors, exceptions) or by the signal handler
/// of temporary_files.h (SIGINT, SIGTERM, SIGHUP, SIGPIPE).
///
/// The limits POSIX leaves: the renames are one system call each, so if one fails after another succeeded
/// (the disk fails, a folder is removed meanwhile) the earlier files are already replaced — the error names
/// them; a device or FIFO cannot be staged, so one that fails half-way has received part of its output (the
/// regular files are then left untouched). A regular file with several hard links is replaced under the name
/// given; its other names keep the old content.
class OutputFiles {
 public:
  OutputFiles() = default;
  ~OutputFiles();
  OutputFiles(const OutputFiles&) = delete;
  OutputFiles& operator=(const OutputFiles&) = delete;

  /// Stages `bytes` for `path`. Throws UserError naming `path` (nothing staged is changed on disk).
  void stage(const std::string& path, std::string_view bytes, ExistingInput input = ExistingInput::refuse);
  /// Writes everything staged. Throws UserError naming the file that failed (and any already replaced).
  void commit();

 private:
  struct Staged {
    std::string name;         // as the user gave it, for messages
    std::string destination;  // links followed
    bool in_place = false;
    std::string bytes;                  // in place only: written at commit
    std::unique_ptr<char[]> temporary;  // regular files: a stable address for the signal handler
    TemporaryRegistration registration;
  };
  void discard(Staged& staged);
  std::vector<Staged> staged_;
};

/// Throws UserError naming `path` when it is (links followed, or another hard link of) a file this run
/// reads (run_inputs.h): an output must never replace the article, config or baseline it was made from.
void refuseOverwritingInput(const std::string& path);

/// One file through OutputFiles: `path` is replaced only by a complete file (or written in place when it
/// is a device or FIFO). Throws UserError naming the path.
void writeFileAtomically(const std::string& path, std::string_view bytes,
                         ExistingInput input = ExistingInput::refuse);

}  // namespace concord
