#pragma once

#include <string>
#include <vector>

#include <sys/types.h>

namespace concord::testing {

/// `concord serve --port 0 ARGS…` running in the background for one test: started by the constructor, which
/// waits for its "listening on http://HOST:PORT" line and reads the port the server chose; stopped with
/// SIGTERM by stop() or the destructor.
class ServerProcess {
 public:
  /// `cwd`: the working folder of the server (its concord.toml is the one nearest it); empty: the test's.
  explicit ServerProcess(const std::vector<std::string>& args = {}, const std::string& cwd = "");
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  int port() const { return port_; }
  /// True while the process has not exited.
  bool running();
  /// Sends `signal`, waits for the exit and returns its status (128+n when the signal killed it).
  int stop(int signal);
  /// Everything the server wrote on standard error so far.
  std::string log() const;

 private:
  std::string dir_;
  pid_t pid_ = -1;
  int port_ = 0;
  int exit_status_ = -1;
};

}  // namespace concord::testing
