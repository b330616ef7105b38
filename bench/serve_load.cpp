// serve-load: requests/s and latency percentiles of a running `concord serve`, N clients at once each
// posting one pair to /v1/check over and over (a new connection per request, as a CMS plug-in makes them).
//   build/bench/serve-load --port 8080 --concurrency 8 --requests 400
//     corpora/belgorod/source.fr.txt corpora/belgorod/target.en.txt --source-lang fr --target-lang en
#include <algorithm>
#include <atomic>
#include <chrono>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <thread>
#include <vector>

#include <CLI/CLI.hpp>
#include <httplib.h>
#include <nlohmann/json.hpp>

namespace {

std::string readWhole(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

double percentile(std::vector<double> sorted, double share) {
  const auto index = static_cast<std::size_t>(share * static_cast<double>(sorted.size() - 1) + 0.5);
  return sorted[std::min(index, sorted.size() - 1)];
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Load a running `concord serve` with one pair and report requests/s and latency"};
  std::string host = "127.0.0.1", source, target, source_lang, target_lang;
  int port = 0;
  std::size_t concurrency = 8, requests = 400, warmup = 8;
  app.add_option("source", source, "Source article")->required()->check(CLI::ExistingFile);
  app.add_option("target", target, "Target article")->required()->check(CLI::ExistingFile);
  app.add_option("--source-lang", source_lang)->required();
  app.add_option("--target-lang", target_lang)->required();
  app.add_option("--host", host);
  app.add_option("--port", port)->required();
  app.add_option("--concurrency", concurrency, "Clients at once (default 8)")->check(CLI::PositiveNumber);
  app.add_option("--requests", requests, "Measured requests (default 400)")->check(CLI::PositiveNumber);
  app.add_option("--warmup", warmup, "Requests before measuring (default 8)");
  CLI11_PARSE(app, argc, argv);

  const std::string body = nlohmann::json{
      {"source", readWhole(source)},
      {"target", readWhole(target)},
      {"source_lang", source_lang},
      {"target_lang",
       target_lang}}.dump();
  auto once = [&]() -> std::optional<double> {
    httplib::Client client(host, port);
    client.set_read_timeout(std::chrono::seconds(120));
    const auto start = std::chrono::steady_clock::now();
    const auto answer = client.Post("/v1/check", body, "application/json");
    const std::chrono::duration<double, std::milli> took = std::chrono::steady_clock::now() - start;
    if (!answer || answer->status != 200) return std::nullopt;
    return took.count();
  };
  for (std::size_t i = 0; i < warmup; ++i) once();

  std::atomic<std::size_t> next{0}, failed{0};
  std::vector<std::vector<double>> per_client(concurrency);
  const auto started = std::chrono::steady_clock::now();
  std::vector<std::thread> clients;
  for (std::size_t c = 0; c < concurrency; ++c) {
    clients.emplace_back([&, c] {
      while (next++ < requests) {
        if (const auto ms = once())
          per_client[c].push_back(*ms);
        else
          ++failed;
      }
    });
  }
  for (std::thread& client : clients) client.join();
  const std::chrono::duration<double> wall = std::chrono::steady_clock::now() - started;

  std::vector<double> latencies;
  for (const auto& list : per_client) latencies.insert(latencies.end(), list.begin(), list.end());
  std::sort(latencies.begin(), latencies.end());
  if (latencies.empty()) {
    std::cerr << "serve-load: no request succeeded (" << failed << " failed)\n";
    return 1;
  }
  std::cout << "requests " << latencies.size() << "  failed " << failed << "  concurrency " << concurrency
            << "\nrequests/s " << static_cast<double>(latencies.size()) / wall.count() << "\nlatency ms  p50 "
            << percentile(latencies, 0.50) << "  p90 " << percentile(latencies, 0.90) << "  p99 "
            << percentile(latencies, 0.99) << "  max " << latencies.back() << '\n';
  return failed == 0 ? 0 : 1;
}
