#include "checker/output/atomic_file.h"

#include <cerrno>
#include <cstring>
#include <filesystem>

#include <sys/stat.h>
#include <unistd.h>

#include "checker/model/error.h"

namespace concord {

void writeFileAtomically(const std::string& path, std::string_view bytes) {
  const std::filesystem::path target(path);
  const std::filesystem::path folder = target.has_parent_path() ? target.parent_path() : ".";
  // Built with append rather than "." + name: gcc 12 reports a false -Wrestrict on the operator+ form.
  std::string hidden_name(1, '.');
  hidden_name.append(target.filename().string()).append(".tmp-XXXXXX");
  std::string temp = (folder / hidden_name).string();
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) throw UserError(path, std::string("cannot write: ") + std::strerror(errno));
  auto fail = [&](int error) {
    ::close(fd);
    ::unlink(temp.c_str());
    throw UserError(path, std::string("cannot write: ") + std::strerror(error));
  };
  for (std::size_t done = 0; done < bytes.size();) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      fail(errno);
    }
    done += static_cast<std::size_t>(n);
  }
  // mkstemp creates 0600; a report is an ordinary file, readable like one made by the shell.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  if (::fchmod(fd, 0666 & ~mask) != 0 || ::fsync(fd) != 0) fail(errno);
  if (::close(fd) != 0) {
    const int error = errno;
    ::unlink(temp.c_str());
    throw UserError(path, std::string("cannot write: ") + std::strerror(error));
  }
  if (::rename(temp.c_str(), path.c_str()) != 0) {
    const int error = errno;
    ::unlink(temp.c_str());
    throw UserError(path, std::string("cannot write: ") + std::strerror(error));
  }
}

}  // namespace concord
