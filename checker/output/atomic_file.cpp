#include "checker/output/atomic_file.h"

#include <cerrno>
#include <cstring>
#include <filesystem>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "checker/model/error.h"
#include "checker/model/run_inputs.h"
#include "checker/output/output_destination.h"

namespace concord {
namespace {

UserError cannotWrite(const std::string& name, int error) {
  return UserError(name, std::string("cannot write: ") + std::strerror(error));
}

// Writes all of `bytes` to `fd`; returns 0 or the errno of the failure.
int writeAll(int fd, std::string_view bytes) {
  for (std::size_t done = 0; done < bytes.size();) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    done += static_cast<std::size_t>(n);
  }
  return 0;
}

// The mode of the file being replaced, so a report keeps the permissions it was given; a new file is an
// ordinary one, readable like one made by the shell (mkstemp creates 0600).
mode_t modeFor(const std::string& destination) {
  struct stat info {};
  if (::stat(destination.c_str(), &info) == 0) return info.st_mode & 07777;
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

// Two outputs naming one file would leave only the last; compared once the links are followed.
std::string sameFileKey(const std::string& destination) {
  std::error_code error;
  const auto canonical = std::filesystem::weakly_canonical(destination, error);
  return error ? destination : canonical.string();
}

}  // namespace

OutputFiles::~OutputFiles() {
  for (Staged& staged : staged_) discard(staged);
}

void OutputFiles::discard(Staged& staged) {
  if (!staged.temporary) return;
  unregisterTemporary(staged.registration);
  ::unlink(staged.temporary.get());
  staged.temporary.reset();
}

void OutputFiles::stage(const std::string& path, std::string_view bytes, ExistingInput input) {
  const OutputDestination destination = outputDestination(path);
  if (destination.kind == OutputDestination::Kind::standard_output)
    throw UserError(path, "standard output is not a file to stage");  // callers print `-` themselves
  if (input == ExistingInput::refuse) refuseOverwritingInput(path);
  const std::string key = sameFileKey(destination.path);
  for (const Staged& other : staged_) {
    if (sameFileKey(other.destination) == key)
      throw UserError(path, "named by two outputs of this run (" + other.name + ")");
  }
  Staged staged{path, destination.path, destination.kind == OutputDestination::Kind::in_place, {}, {}, {}};
  if (staged.in_place) {
    staged.bytes = bytes;
    staged_.push_back(std::move(staged));
    return;
  }
  const std::filesystem::path target(destination.path);
  const std::filesystem::path folder = target.has_parent_path() ? target.parent_path() : ".";
  // Built with append rather than "." + name: gcc 12 reports a false -Wrestrict on the operator+ form.
  std::string hidden_name(1, '.');
  hidden_name.append(target.filename().string()).append(".tmp-XXXXXX");
  const std::string temp = (folder / hidden_name).string();
  staged.temporary = std::make_unique<char[]>(temp.size() + 1);
  std::memcpy(staged.temporary.get(), temp.c_str(), temp.size() + 1);
  const int fd = ::mkstemp(staged.temporary.get());
  if (fd < 0) throw cannotWrite(path, errno);
  staged.registration = registerTemporary(staged.temporary.get());
  int error = writeAll(fd, bytes);
  if (error == 0 && (::fchmod(fd, modeFor(destination.path)) != 0 || ::fsync(fd) != 0)) error = errno;
  if (::close(fd) != 0 && error == 0) error = errno;
  if (error != 0) {
    discard(staged);
    throw cannotWrite(path, error);
  }
  staged_.push_back(std::move(staged));
}

void OutputFiles::commit() {
  // In place first: these cannot be undone, so they go before anything that could still be left as it was.
  for (Staged& staged : staged_) {
    if (!staged.in_place) continue;
    const int fd = ::open(staged.destination.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) throw cannotWrite(staged.name, errno);
    int error = writeAll(fd, staged.bytes);
    if (::close(fd) != 0 && error == 0) error = errno;
    if (error != 0) throw cannotWrite(staged.name, error);
  }
  std::string replaced;
  for (Staged& staged : staged_) {
    if (!staged.temporary) continue;
    if (::rename(staged.temporary.get(), staged.destination.c_str()) != 0) {
      const int error = errno;
      throw UserError(staged.name, std::string("cannot write: ") + std::strerror(error) +
                                       (replaced.empty() ? "" : " (already replaced: " + replaced + ")"));
    }
    unregisterTemporary(staged.registration);
    staged.temporary.reset();
    replaced += (replaced.empty() ? "" : ", ") + staged.name;
  }
  staged_.clear();
}

void refuseOverwritingInput(const std::string& path) {
  const auto input = runInputAt(path);
  if (!input) return;
  throw UserError(path, "is an input of this run" + (*input != path ? " (" + *input + ")" : std::string()) +
                            "; not overwritten: write the output to another file");
}

void writeFileAtomically(const std::string& path, std::string_view bytes, ExistingInput input) {
  OutputFiles files;
  files.stage(path, bytes, input);
  files.commit();
}

}  // namespace concord
