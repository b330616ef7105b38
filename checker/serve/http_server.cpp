#include "checker/serve/http_server.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <iomanip>
#include <thread>

#include <httplib.h>
#include <pthread.h>
#include <sys/socket.h>

#include "checker/model/error.h"
#include "checker/serve/check_service.h"

namespace concord::serve {
namespace {

constexpr const char* kJson = "application/json; charset=utf-8";

// The body of an answer the library gives itself (no handler ran, or it refused the request before one).
std::string libraryErrorMessage(const httplib::Request& request, int status, const ServeOptions& options) {
  switch (status) {
    case 404:
      return "no such endpoint: " + request.method + " " + request.path +
             " (POST /v1/check, GET /v1/rules, GET /health)";
    case 413:
      // cpp-httplib refuses form-encoded bodies past 8 KiB whatever the limit (curl -d sends that type).
      if (request.get_header_value("Content-Type") == "application/x-www-form-urlencoded")
        return "a form-encoded body is limited to 8192 bytes; send the JSON as Content-Type: "
               "application/json";
      return "request body larger than --max-body-bytes " + std::to_string(options.max_body_bytes);
    case 400:
      return "malformed HTTP request";
    default:
      return "HTTP status " + std::to_string(status);
  }
}

void route(httplib::Server& server, const CheckService& service, const ServeOptions& options) {
  server.Post("/v1/check", [&service](const httplib::Request& request, httplib::Response& response) {
    const ServiceResponse answer = service.check(request.body);
    response.status = answer.status;
    response.set_content(answer.body, kJson);
  });
  server.Get("/v1/rules", [&service](const httplib::Request&, httplib::Response& response) {
    response.set_content(service.rules(), kJson);
  });
  server.Get("/health", [&service](const httplib::Request&, httplib::Response& response) {
    response.set_content(service.health(), kJson);
  });
  // Every refusal carries a JSON body, including those the library answers without a handler.
  server.set_error_handler([&options](const httplib::Request& request, httplib::Response& response) {
    if (!response.body.empty()) return;
    response.set_content(errorBody(response.status, libraryErrorMessage(request, response.status, options)),
                         kJson);
  });
}

// Debian's cpp-httplib 0.11 listens with a backlog of 5 (CPPHTTPLIB_LISTEN_BACKLOG, fixed when the library
// was compiled): a burst of connections past it is dropped by the kernel and those clients fail to read an
// answer. Calling listen() again on the bound socket raises the backlog (Linux); the socket is a protected
// member, hence the subclass.
class Server : public httplib::Server {
 public:
  void widenBacklog(int connections) { ::listen(svr_sock_, connections); }
};
constexpr int kBacklog = 1024;

// SO_REUSEADDR so a restart does not wait for the old connections' TIME_WAIT; not the library's default
// SO_REUSEPORT, with which a second server binds the same port and silently takes half the requests.
void reuseAddressOnly(socket_t socket) {
  const int yes = 1;
  ::setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
}

int bindPort(Server& server, const ServeOptions& options) {
  const int port = options.port == 0 ? server.bind_to_any_port(options.host)
                                     : (server.bind_to_port(options.host, options.port) ? options.port : -1);
  if (port <= 0)
    throw UserError("--port", "cannot listen on " + options.host + ":" + std::to_string(options.port) +
                                  " (port in use, or not an address of this machine)");
  server.widenBacklog(kBacklog);
  return port;
}

}  // namespace

int serveHttp(const ServeOptions& options, std::ostream& log) {
  // SIGINT and SIGTERM are blocked before any thread starts, so every thread inherits the mask and only the
  // waiter below receives them, with sigwait: no work in a signal handler, and server.stop() runs on an
  // ordinary thread.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  std::signal(SIGPIPE, SIG_IGN);  // a client that hangs up mid-answer costs its connection, not the server

  const CheckService service(options.timeout_seconds, options.reading);
  Server server;
  server.set_socket_options(reuseAddressOnly);
  const std::size_t threads =
      options.threads > 0 ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  server.set_payload_max_length(options.max_body_bytes);
  route(server, service, options);
  // Bound before the dictionaries load, so a port in use fails at once; requests wait in the backlog until
  // the load is done and listening starts.
  const int port = bindPort(server, options);
  const auto loading = std::chrono::steady_clock::now();
  service.preload(options.preload);
  const std::chrono::duration<double> loaded = std::chrono::steady_clock::now() - loading;
  log << "concord serve: listening on http://" << options.host << ':' << port << " (" << threads
      << " workers; dictionaries loaded in " << std::fixed << std::setprecision(2) << loaded.count() << " s)"
      << std::endl;

  std::atomic<bool> listening_ended{false};
  std::atomic<int> received{0};
  std::thread waiter([&] {
    int signal = 0;
    sigwait(&stop_signals, &signal);
    received = signal;
    // stop() does nothing until listen_after_bind has started: a signal that came first is not lost.
    while (!listening_ended) {
      server.stop();
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
  });
  server.listen_after_bind();
  listening_ended = true;
  const int signal = received;  // set before the waiter's stop(), so never 0 after a signal
  if (signal == 0) pthread_kill(waiter.native_handle(), SIGTERM);  // wakes the waiter's sigwait
  waiter.join();
  if (signal == 0) throw UserError("--port", "stopped listening on port " + std::to_string(port));
  log << "concord serve: " << (signal == SIGINT ? "SIGINT" : "SIGTERM") << ", stopped" << std::endl;
  return 0;
}

}  // namespace concord::serve
