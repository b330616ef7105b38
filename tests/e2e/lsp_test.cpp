// `concord lsp` as an editor drives it: a Language Server Protocol client written here talks to the real
// binary over pipes (Content-Length framed JSON-RPC) and checks what an editor would show.
#include <chrono>
#include <filesystem>
#include <functional>
#include <set>
#include <stdexcept>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unicode/unistr.h>
#include <unistd.h>

#include "tests/support/run_binary.h"

extern char** environ;

namespace concord::testing {
namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

// The first check of a process loads the lexicons; a loaded CI machine gets plenty of time for it.
constexpr auto kPatience = std::chrono::seconds(180);

class LspClient {
 public:
  LspClient() {
    int to_server[2], from_server[2];
    if (::pipe(to_server) != 0 || ::pipe(from_server) != 0) throw std::runtime_error("pipe failed");
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, to_server[0], 0);
    posix_spawn_file_actions_adddup2(&actions, from_server[1], 1);
    posix_spawn_file_actions_addclose(&actions, to_server[1]);
    posix_spawn_file_actions_addclose(&actions, from_server[0]);
    std::vector<std::string> args = {CONCORD_BINARY, "lsp", "--stdio"};
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    const int rc = posix_spawn(&pid_, CONCORD_BINARY, &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(to_server[0]);
    ::close(from_server[1]);
    if (rc != 0) throw std::runtime_error("cannot start " CONCORD_BINARY);
    in_ = to_server[1];
    out_ = from_server[0];
    ::signal(SIGPIPE, SIG_IGN);  // a server that died shows as a failed write, not a killed test
  }
  ~LspClient() {
    if (in_ >= 0) ::close(in_);
    ::close(out_);
    if (pid_ > 0 && !reaped_) {
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, nullptr, 0);
    }
  }

  void sendRaw(const std::string& body) {
    writeAll("Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body);
  }
  void writeAll(const std::string& bytes) {
    for (std::size_t done = 0; done < bytes.size();) {
      const ssize_t n = ::write(in_, bytes.data() + done, bytes.size() - done);
      if (n <= 0) throw std::runtime_error("the server stopped reading");
      done += static_cast<std::size_t>(n);
    }
  }
  void notify(const std::string& method, json params) {
    sendRaw(json{{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}}.dump());
  }
  int sendRequest(const std::string& method, json params) {
    const int id = ++last_id_;
    sendRaw(json{{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", std::move(params)}}.dump());
    return id;
  }
  /// The response to a request (result or error).
  json request(const std::string& method, json params) {
    const int id = sendRequest(method, std::move(params));
    return waitFor([&](const json& m) { return m.contains("id") && m["id"] == id && !m.contains("method"); });
  }
  /// The next publishDiagnostics for `uri`.
  json diagnosticsFor(const std::string& uri) {
    return waitFor([&](const json& m) {
      return m.value("method", "") == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri;
    })["params"]["diagnostics"];
  }
  /// The first message, already received or still to come, that `wanted` accepts; the others are kept for
  /// later waits (a notification may arrive before the response it goes with).
  json waitFor(const std::function<bool(const json&)>& wanted) {
    const auto deadline = Clock::now() + kPatience;
    for (std::size_t i = 0;; ++i) {
      if (i == received_.size()) received_.push_back(json::parse(nextBody(deadline)));
      if (wanted(received_[i])) {
        json message = std::move(received_[i]);
        received_.erase(received_.begin() + static_cast<std::ptrdiff_t>(i));
        return message;
      }
    }
  }
  /// Closes the server's input and waits for it to end; its exit status.
  int finish() {
    ::close(in_);
    in_ = -1;
    int status = 0;
    ::waitpid(pid_, &status, 0);
    reaped_ = true;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  }

 private:
  std::string nextBody(Clock::time_point deadline) {
    while (true) {
      const auto header_end = buffer_.find("\r\n\r\n");
      if (header_end != std::string::npos) {
        const std::string header = buffer_.substr(0, header_end);
        const auto at = header.find("Content-Length: ");
        if (at == std::string::npos) throw std::runtime_error("no Content-Length in " + header);
        const std::size_t length = std::stoul(header.substr(at + 16));
        if (buffer_.size() >= header_end + 4 + length) {
          std::string body = buffer_.substr(header_end + 4, length);
          buffer_.erase(0, header_end + 4 + length);
          return body;
        }
      }
      const auto left =
          std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
      if (left <= 0) throw std::runtime_error("no answer from concord lsp in time");
      pollfd fd{out_, POLLIN, 0};
      if (::poll(&fd, 1, static_cast<int>(left)) <= 0) continue;
      char chunk[65536];
      const ssize_t n = ::read(out_, chunk, sizeof chunk);
      if (n <= 0) throw std::runtime_error("concord lsp closed its output");
      buffer_.append(chunk, static_cast<std::size_t>(n));
    }
  }

  pid_t pid_ = 0;
  int in_ = -1;
  int out_ = -1;
  bool reaped_ = false;
  int last_id_ = 0;
  std::string buffer_;
  std::vector<json> received_;
};

std::string fileUri(const std::string& path) { return "file://" + path; }

// Line `line` (0-based) of `text`, LF line ends as the corpus has.
std::string lineOf(const std::string& text, int line) {
  std::size_t start = 0;
  for (int i = 0; i < line; ++i) start = text.find('\n', start) + 1;
  return text.substr(start, text.find('\n', start) - start);
}

// The text an LSP range covers on one line, reading `character` as UTF-16 code units (as the protocol does).
std::string coveredText(const std::string& text, const json& range) {
  EXPECT_EQ(range["start"]["line"], range["end"]["line"]);
  const auto line = icu::UnicodeString::fromUTF8(lineOf(text, range["start"]["line"].get<int>()));
  const int start = range["start"]["character"], end = range["end"]["character"];
  std::string out;
  line.tempSubString(start, end - start).toUTF8String(out);
  return out;
}

const json* findDiagnostic(const json& diagnostics, const std::string& code, const std::string& covered,
                           const std::string& text) {
  for (const json& d : diagnostics)
    if (d["code"] == code && coveredText(text, d["range"]) == covered) return &d;
  return nullptr;
}

json initializeParams(const std::string& root, json options = json::object()) {
  return {{"processId", ::getpid()},
          {"rootUri", fileUri(root)},
          {"capabilities", json::object()},
          {"initializationOptions", std::move(options)}};
}

class LspTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = makeTempDir();
    source_path_ = dir_ + "/story.fr.txt";
    target_path_ = dir_ + "/story.en.txt";
    writeFile(source_path_, readFile(repoPath("corpora/belgorod/source.fr.txt")));
    // A flag emoji (two code points, four UTF-16 units) before "Kiev" on line 25: a server counting code
    // points or bytes instead of UTF-16 units lands its range beside the name.
    target_ = replacedOnce(readFile(repoPath("corpora/belgorod/target.en.txt")), "Russia has accused Kiev",
                           "🇺🇦 Russia has accused Kiev");
    writeFile(target_path_, target_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  void openTarget(LspClient& client) {
    client.notify(
        "textDocument/didOpen",
        {{"textDocument",
          {{"uri", fileUri(target_path_)}, {"languageId", "plaintext"}, {"version", 1}, {"text", target_}}}});
  }

  std::string dir_, source_path_, target_path_, target_;
};

TEST_F(LspTest, DiagnosticsEditsCodeActionsHoverAndShutdown) {
  LspClient client;
  const json init = client.request("initialize", initializeParams(dir_));
  ASSERT_TRUE(init.contains("result")) << init.dump();
  const json& capabilities = init["result"]["capabilities"];
  EXPECT_EQ(capabilities["textDocumentSync"]["change"], 1);  // full
  EXPECT_TRUE(capabilities.contains("codeActionProvider"));
  EXPECT_EQ(capabilities["hoverProvider"], true);
  client.notify("initialized", json::object());

  const std::string uri = fileUri(target_path_);
  openTarget(client);
  const json opened = client.diagnosticsFor(uri);
  ASSERT_FALSE(opened.empty());

  // The seed pair's findings (corpora/belgorod/expected.tsv), each where the editor shows the text.
  const json* kiev = findDiagnostic(opened, "transliteration/house-style", "Kiev", target_);
  ASSERT_NE(kiev, nullptr) << opened.dump(1);
  EXPECT_EQ((*kiev)["range"]["start"]["line"], 24);
  EXPECT_EQ((*kiev)["severity"], 2);
  EXPECT_EQ((*kiev)["source"], "concord");
  const std::string href = (*kiev)["codeDescription"]["href"];
  EXPECT_TRUE(href.starts_with("file://") && href.ends_with("/docs/rules/transliteration/house-style.md"))
      << href;
  ASSERT_FALSE((*kiev)["relatedInformation"].empty());
  const json& aligned = (*kiev)["relatedInformation"][0];
  EXPECT_EQ(aligned["location"]["uri"], fileUri(source_path_));
  EXPECT_EQ(aligned["location"]["range"]["start"]["line"], 24) << "the aligned source sentence";
  EXPECT_NE(aligned["message"].get<std::string>().find("Kiev"), std::string::npos) << aligned.dump();
  EXPECT_NE(findDiagnostic(opened, "transliteration/romanization", "Rousakov", target_), nullptr)
      << opened.dump(1);
  EXPECT_NE(findDiagnostic(opened, "transliteration/house-style", "Bachmout", target_), nullptr);
  std::set<std::string> codes;
  for (const json& d : opened) codes.insert(d["code"].get<std::string>());
  for (const char* expected : {"truncation/cut-off", "quotes/unbalanced", "terminology/glossary"})
    EXPECT_TRUE(codes.contains(expected)) << expected << " missing from " << opened.dump(1);

  // The editor fixes one name: that diagnostic goes, the others stay. Timed as an editor waits for it.
  const std::string fixed = replacedOnce(target_, "Sergei Rousakov", "Sergei Rusakov");
  const auto sent = Clock::now();
  client.notify("textDocument/didChange", {{"textDocument", {{"uri", uri}, {"version", 2}}},
                                           {"contentChanges", json::array({{{"text", fixed}}})}});
  const json changed = client.diagnosticsFor(uri);
  const double round_trip_ms = std::chrono::duration<double, std::milli>(Clock::now() - sent).count();
  RecordProperty("did_change_round_trip_ms", std::to_string(round_trip_ms));
  std::cout << "didChange round trip on the seed target: " << round_trip_ms << " ms\n";
  EXPECT_EQ(findDiagnostic(changed, "transliteration/romanization", "Rousakov", fixed), nullptr)
      << changed.dump(1);
  EXPECT_EQ(changed.size(), opened.size() - 1);
  const json* still = findDiagnostic(changed, "transliteration/house-style", "Kiev", fixed);
  ASSERT_NE(still, nullptr);

  // The quick fix on "Kiev" replaces exactly its range with the house style's spelling.
  const json actions =
      client.request("textDocument/codeAction", {{"textDocument", {{"uri", uri}}},
                                                 {"range", (*still)["range"]},
                                                 {"context", {{"diagnostics", json::array({*still})}}}});
  ASSERT_TRUE(actions["result"].is_array()) << actions.dump();
  const json* kyiv = nullptr;
  for (const json& action : actions["result"])
    if (action["diagnostics"][0]["code"] == "transliteration/house-style") kyiv = &action;
  ASSERT_NE(kyiv, nullptr) << actions.dump(1);
  EXPECT_EQ((*kyiv)["kind"], "quickfix");
  const json& edit = (*kyiv)["edit"]["changes"][uri];
  ASSERT_EQ(edit.size(), 1u);
  EXPECT_EQ(edit[0]["newText"], "Kyiv");
  EXPECT_EQ(edit[0]["range"], (*still)["range"]);

  // Hover over the name shows the rule's page as Markdown.
  const json hover = client.request(
      "textDocument/hover", {{"textDocument", {{"uri", uri}}}, {"position", (*still)["range"]["start"]}});
  EXPECT_EQ(hover["result"]["contents"]["kind"], "markdown") << hover.dump();
  EXPECT_TRUE(
      hover["result"]["contents"]["value"].get<std::string>().starts_with("# transliteration/house-style"))
      << hover.dump();
  const json nothing = client.request("textDocument/hover", {{"textDocument", {{"uri", uri}}},
                                                             {"position", {{"line", 2}, {"character", 0}}}});
  EXPECT_TRUE(nothing["result"].is_null()) << nothing.dump();

  // Malformed JSON-RPC is answered with an error and the server stays up.
  client.sendRaw("{\"jsonrpc\": \"2.0\", \"id\": 99, \"method\": ");
  const json parse_error = client.waitFor([](const json& m) { return m.contains("error"); });
  EXPECT_EQ(parse_error["error"]["code"], -32700);
  EXPECT_TRUE(parse_error["id"].is_null());
  client.sendRaw("[1, 2]");
  EXPECT_EQ(client.waitFor([](const json& m) { return m.contains("error"); })["error"]["code"], -32600);
  EXPECT_EQ(client.request("textDocument/rename", json::object())["error"]["code"], -32601);
  EXPECT_EQ(client.request("textDocument/hover", json::object())["error"]["code"], -32602);
  client.writeAll("Content-Length: lots\r\n\r\n");
  EXPECT_EQ(client.waitFor([](const json& m) { return m.contains("error"); })["error"]["code"], -32700);

  client.notify("textDocument/didChange",
                {{"textDocument", {{"uri", uri}, {"version", 3}}}, {"contentChanges", json::array()}});
  const json logged = client.waitFor(
      [](const json& m) { return m.value("method", "") == "window/logMessage" && m["params"]["type"] == 1; });
  EXPECT_NE(logged["params"]["message"].get<std::string>().find("without contentChanges"), std::string::npos);
  EXPECT_EQ(client.request("textDocument/hover",
                           {{"textDocument", {{"uri", uri}}},
                            {"position", (*still)["range"]["start"]}})["result"]["contents"]["kind"],
            "markdown")
      << "still up";

  // Closing the document takes its diagnostics back.
  client.notify("textDocument/didClose", {{"textDocument", {{"uri", uri}}}});
  EXPECT_TRUE(client.diagnosticsFor(uri).empty());

  const json shutdown = client.request("shutdown", nullptr);
  EXPECT_TRUE(shutdown.contains("result") && shutdown["result"].is_null()) << shutdown.dump();
  client.notify("exit", nullptr);
  EXPECT_EQ(client.finish(), 0);
}

TEST_F(LspTest, ABurstOfEditsIsCheckedOnItsLastText) {
  LspClient client;
  client.request("initialize", initializeParams(dir_));
  client.notify("initialized", json::object());
  const std::string uri = fileUri(target_path_);
  openTarget(client);
  ASSERT_FALSE(client.diagnosticsFor(uri).empty());
  // Five edits in one write, as a fast typist's editor sends them; the last one fixes "Rousakov".
  std::string burst;
  for (int version = 2; version <= 6; ++version) {
    const std::string text = version < 6
                                 ? replacedOnce(target_, "Sergei", "Sergei" + std::string(version, 'i'))
                                 : replacedOnce(target_, "Rousakov", "Rusakov");
    const std::string body = json{
        {"jsonrpc", "2.0"},
        {"method", "textDocument/didChange"},
        {"params",
         {{"textDocument", {{"uri", uri}, {"version", version}}},
          {"contentChanges",
           {{{"text", text}}}}}}}.dump();
    burst += "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
  }
  client.writeAll(burst);
  int publications = 0;
  json last;
  do {
    last = client.waitFor([&](const json& m) {
      return m.value("method", "") == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri;
    })["params"];
    ++publications;
  } while (last["version"] != 6);
  EXPECT_LT(publications, 5) << "each edit of the burst was checked";
  EXPECT_EQ(findDiagnostic(last["diagnostics"], "transliteration/romanization", "Rousakov", target_),
            nullptr);
  client.request("shutdown", nullptr);
  client.notify("exit", nullptr);
  EXPECT_EQ(client.finish(), 0);
}

TEST_F(LspTest, WorkspaceSettingsNameTheSourceOfAnUntaggedFile) {
  const std::string untagged = dir_ + "/draft.txt";
  writeFile(untagged, target_);
  LspClient client;
  client.request(
      "initialize",
      initializeParams(
          dir_,
          {{"concord",
            {{"source", "story.fr.txt"}, {"sourceLang", "fr"}, {"targetLang", "en"}, {"style", "bbc"}}}}));
  client.notify("initialized", json::object());
  client.notify(
      "textDocument/didOpen",
      {{"textDocument",
        {{"uri", fileUri(untagged)}, {"languageId", "plaintext"}, {"version", 1}, {"text", target_}}}});
  const json diagnostics = client.diagnosticsFor(fileUri(untagged));
  const json* kiev = findDiagnostic(diagnostics, "transliteration/house-style", "Kiev", target_);
  ASSERT_NE(kiev, nullptr) << diagnostics.dump(1);
  EXPECT_NE((*kiev)["message"].get<std::string>().find("BBC"), std::string::npos) << (*kiev)["message"];
  EXPECT_EQ((*kiev)["relatedInformation"][0]["location"]["uri"], fileUri(source_path_));
  client.request("shutdown", nullptr);
  client.notify("exit", nullptr);
  EXPECT_EQ(client.finish(), 0);
}

TEST_F(LspTest, LifecycleErrors) {
  LspClient client;
  EXPECT_EQ(client.request("textDocument/hover", json::object())["error"]["code"], -32002)
      << "a request before initialize";
  client.request("initialize", initializeParams(dir_, {{"concord", {{"colour", "red"}}}}));
  const json message =
      client.waitFor([](const json& m) { return m.value("method", "") == "window/showMessage"; });
  EXPECT_NE(message["params"]["message"].get<std::string>().find("concord.colour"), std::string::npos)
      << message.dump();
  // A file with no source beside it is not checked: its diagnostics stay empty.
  const std::string lonely = dir_ + "/notes.md";
  writeFile(lonely, "Notes for the desk.\n");
  client.notify(
      "textDocument/didOpen",
      {{"textDocument",
        {{"uri", fileUri(lonely)}, {"languageId", "markdown"}, {"version", 1}, {"text", "Notes.\n"}}}});
  const json log = client.waitFor([](const json& m) { return m.value("method", "") == "window/logMessage"; });
  EXPECT_NE(log["params"]["message"].get<std::string>().find("no source found"), std::string::npos)
      << log.dump();
  client.notify("exit", nullptr);
  EXPECT_EQ(client.finish(), 1) << "exit without shutdown";
}

}  // namespace
}  // namespace concord::testing
