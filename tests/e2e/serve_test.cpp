// `concord serve` as a CMS plug-in meets it: the real binary on a free port of 127.0.0.1, and cpp-httplib's
// client. The answers are compared with what `concord check --format json` prints for the same pair.
#include <csignal>
#include <future>
#include <thread>

#include <gtest/gtest.h>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include "tests/support/run_binary.h"
#include "tests/support/server_process.h"

namespace concord::testing {
namespace {

using nlohmann::json;

struct Pair {
  std::string source, target, source_lang, target_lang;
};

// The seed pair first; the others bring Spanish and Russian, whose dictionaries load while requests of the
// other pairs are being checked.
const std::vector<Pair> kPairs = {
    {"corpora/belgorod/source.fr.txt", "corpora/belgorod/target.en.txt", "fr", "en"},
    {"corpora/fr-lyon-storm/source.fr.txt", "corpora/fr-lyon-storm/target.en.txt", "fr", "en"},
    {"corpora/argentina-inflation/source.es.txt", "corpora/argentina-inflation/target.en.txt", "es", "en"},
    {"corpora/kursk-evacuation-ru/source.ru.txt", "corpora/kursk-evacuation-ru/target.en.txt", "ru", "en"},
};

// The request for a pair, named as `concord check` names its files so both answers can be compared whole.
std::string checkRequest(const Pair& pair) {
  return json{{"source", readFile(repoPath(pair.source))}, {"target", readFile(repoPath(pair.target))},
              {"source_lang", pair.source_lang},           {"target_lang", pair.target_lang},
              {"source_name", repoPath(pair.source)},      {"target_name", repoPath(pair.target)}}
      .dump();
}

std::string checkCommandJson(const Pair& pair) {
  const auto r = runConcord({"check", repoPath(pair.source), repoPath(pair.target), "--format", "json",
                             "--source-lang", pair.source_lang, "--target-lang", pair.target_lang});
  EXPECT_LE(r.exit_code, 1) << r.err;
  return r.out;
}

httplib::Client client(const ServerProcess& server) {
  httplib::Client http("127.0.0.1", server.port());
  http.set_read_timeout(std::chrono::seconds(300));  // 200 requests queue behind two cores
  return http;
}

httplib::Result post(const ServerProcess& server, const std::string& body) {
  return client(server).Post("/v1/check", body, "application/json");
}

void expectJsonError(const httplib::Result& result, int status, const std::string& words) {
  ASSERT_TRUE(result) << httplib::to_string(result.error());
  EXPECT_EQ(result->status, status) << result->body;
  EXPECT_EQ(result->get_header_value("Content-Type"), "application/json; charset=utf-8");
  const json body = json::parse(result->body);
  EXPECT_EQ(body["status"], status);
  EXPECT_NE(body["error"].get<std::string>().find(words), std::string::npos) << result->body;
}

void expectHealthy(const ServerProcess& server) {
  const auto health = client(server).Get("/health");
  ASSERT_TRUE(health) << "the server is down";
  EXPECT_EQ(health->status, 200);
  EXPECT_EQ(json::parse(health->body)["status"], "ok");
}

TEST(Serve, CheckAnswersWhatCheckFormatJsonPrints) {
  ServerProcess server;
  const auto answer = post(server, checkRequest(kPairs[0]));
  ASSERT_TRUE(answer);
  EXPECT_EQ(answer->status, 200);
  EXPECT_EQ(answer->get_header_value("Content-Type"), "application/json; charset=utf-8");
  const std::string expected = checkCommandJson(kPairs[0]);
  EXPECT_FALSE(json::parse(expected)["findings"].empty()) << "the seed pair has findings to compare";
  EXPECT_EQ(answer->body, expected);
}

TEST(Serve, StyleAndRulesChooseWhatRuns) {
  ServerProcess server;
  json request = json::parse(checkRequest(kPairs[0]));
  request["rules"] = {"quotes"};
  request["style"] = "reuters";
  const auto answer = post(server, request.dump());
  ASSERT_TRUE(answer);
  const auto r =
      runConcord({"check", repoPath(kPairs[0].source), repoPath(kPairs[0].target), "--format", "json",
                  "--source-lang", "fr", "--target-lang", "en", "--rules", "quotes", "--style", "reuters"});
  EXPECT_EQ(answer->body, r.out);
  for (const json& finding : json::parse(answer->body)["findings"]) EXPECT_EQ(finding["category"], "quotes");
}

TEST(Serve, TwoHundredConcurrentRequestsAreAllAnsweredCorrectly) {
  ServerProcess server({"--threads", "4"});
  std::vector<std::string> requests, expected;
  for (const Pair& pair : kPairs) {
    requests.push_back(checkRequest(pair));
    expected.push_back(checkCommandJson(pair));
  }
  constexpr int kRequests = 200;
  std::vector<std::future<httplib::Result>> answers;
  const auto started = std::chrono::steady_clock::now();
  for (int i = 0; i < kRequests; ++i) {
    // The seed pair (the longest) every tenth request, so the test stays within a minute on two cores.
    const std::size_t pair = i % 10 == 0 ? 0 : 1 + static_cast<std::size_t>(i) % (kPairs.size() - 1);
    answers.push_back(std::async(std::launch::async, [&, pair] { return post(server, requests[pair]); }));
  }
  for (int i = 0; i < kRequests; ++i) {
    const auto answer = answers[static_cast<std::size_t>(i)].get();
    ASSERT_TRUE(answer) << "request " << i << ": " << httplib::to_string(answer.error());
    const std::size_t pair = i % 10 == 0 ? 0 : 1 + static_cast<std::size_t>(i) % (kPairs.size() - 1);
    EXPECT_EQ(answer->status, 200) << answer->body;
    EXPECT_EQ(answer->body, expected[pair]) << "request " << i;
  }
  const std::chrono::duration<double> took = std::chrono::steady_clock::now() - started;
  std::cout << kRequests << " concurrent requests answered in " << took.count() << " s\n";
  expectHealthy(server);
}

TEST(Serve, OversizedBodyIs413AndTheServerStaysUp) {
  ServerProcess server({"--max-body-bytes", "1000"});
  expectJsonError(post(server, json{{"source", std::string(2000, 'a')}}.dump()), 413,
                  "--max-body-bytes 1000");
  expectHealthy(server);
  expectJsonError(post(server, json{{"source", "x"}}.dump()), 400, "missing field \"target\"");
  // curl -d sends a form-encoded body, which cpp-httplib caps at 8 KiB: the message says what to send.
  ServerProcess roomy;
  const auto form =
      client(roomy).Post("/v1/check", checkRequest(kPairs[0]), "application/x-www-form-urlencoded");
  expectJsonError(form, 413, "Content-Type: application/json");
}

TEST(Serve, MalformedRequestsAre400) {
  ServerProcess server;
  expectJsonError(post(server, "{\"source\": \"Le texte\", "), 400, "not JSON");
  expectJsonError(post(server, "[1, 2]"), 400, "JSON object");
  json request = json::parse(checkRequest(kPairs[1]));
  request["rule"] = {"quotes"};
  expectJsonError(post(server, request.dump()), 400, "unknown field \"rule\"");
  request.erase("rule");
  request["rules"] = "quotes";
  expectJsonError(post(server, request.dump()), 400, "\"rules\" must be an array");
  request.erase("rules");
  request["target_lang"] = 3;
  expectJsonError(post(server, request.dump()), 400, "\"target_lang\" must be a string");
  expectJsonError(client(server).Get("/v1/nothing"), 404, "no such endpoint");
  expectHealthy(server);
}

TEST(Serve, WhatConcordDoesNotKnowIs422) {
  ServerProcess server;
  json request = json::parse(checkRequest(kPairs[1]));
  request["source_lang"] = "xx";
  expectJsonError(post(server, request.dump()), 422, "unknown language 'xx'");
  request["source_lang"] = "fr";
  request["rules"] = {"quotes/nonexistent"};
  expectJsonError(post(server, request.dump()), 422, "unknown rule 'quotes/nonexistent'");
  request.erase("rules");
  request["style"] = "/etc/passwd";
  expectJsonError(post(server, request.dump()), 422, "built-in house style");
  request["style"] = "nosuchpaper";
  expectJsonError(post(server, request.dump()), 422, "unknown house style");
  request.erase("style");
  request["target"] = "";
  expectJsonError(post(server, request.dump()), 422, "target");
  expectHealthy(server);
}

TEST(Serve, ACheckPastTheTimeLimitIs408) {
  ServerProcess server({"--timeout", "0.001"});
  expectJsonError(post(server, checkRequest(kPairs[0])), 408, "took longer than --timeout 0.001 s");
  expectHealthy(server);
}

TEST(Serve, RulesAreWhatConcordRulesPrints) {
  ServerProcess server;
  const auto answer = client(server).Get("/v1/rules");
  ASSERT_TRUE(answer);
  EXPECT_EQ(answer->status, 200);
  EXPECT_EQ(answer->body, runConcord({"rules", "--format", "json"}).out);
}

TEST(Serve, ListensOnLocalhostByDefaultAndStopsCleanlyOnSignals) {
  for (const int signal : {SIGTERM, SIGINT}) {
    ServerProcess server;
    EXPECT_NE(server.log().find("listening on http://127.0.0.1:"), std::string::npos) << server.log();
    expectHealthy(server);
    EXPECT_EQ(server.stop(signal), 0) << server.log();
    EXPECT_NE(server.log().find(", stopped"), std::string::npos) << server.log();
  }
}

TEST(Serve, APortInUseIsAOneLineError) {
  ServerProcess first;
  const auto r = runConcord({"serve", "--port", std::to_string(first.port()), "--preload", "none"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "concord: error: --port: cannot listen on 127.0.0.1:" + std::to_string(first.port()) +
                       " (port in use, or not an address of this machine)\n");
  expectHealthy(first);
}

TEST(Serve, ABadPreloadIsAnError) {
  const auto r = runConcord({"serve", "--port", "0", "--preload", "fr-en"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--preload: 'fr-en' is not SOURCE:TARGET"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace concord::testing
