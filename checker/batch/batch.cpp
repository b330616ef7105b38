#include "checker/batch/batch.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <map>
#include <mutex>
#include <thread>

#include <nlohmann/json.hpp>

#include "checker/model/error.h"
#include "checker/reading/article_date.h"
#include "checker/reading/file_format.h"
#include "checker/reading/language.h"
#include "checker/reading/text_file.h"

namespace concord {
namespace fs = std::filesystem;
namespace {

// "en-GB" and "en" name the same files: a folder of slug.en.txt serves --target-lang en-GB.
std::string primary(const std::string& tag) { return tag.substr(0, tag.find('-')); }

// The file name with its language tag removed: "a/story.fr.txt" → "a/story.txt".
std::string withoutLanguageTag(const fs::path& relative) {
  const auto tag = languageFromFileName(relative.string());
  if (!tag) return relative.string();
  const std::string stem = articleStem(relative.string());
  return (relative.parent_path() / (stem.substr(0, stem.rfind('.')) + articleExtension(relative.string())))
      .string();
}

// A problem met while walking a folder (a sub-folder that cannot be read, a link that leads nowhere or in a
// loop) becomes a failed pair named after the place: it is reported and counted, and every other pair of the
// batch is still checked.
PairSpec unreadable(const fs::path& where, const std::string& problem) {
  const std::string path = where.string();
  return {{path, std::nullopt, ""}, {path, std::nullopt, ""}, UserError(path, problem).what()};
}

// The article files under `folder`, any depth, sorted; hidden files and folders (.git) are never articles.
// Links to files are followed, links to folders are not descended into (no loops).
std::vector<fs::path> regularFilesUnder(const fs::path& folder, std::vector<PairSpec>& problems) {
  std::vector<fs::path> files;
  std::vector<fs::path> pending{folder};
  while (!pending.empty()) {
    const fs::path current = pending.back();
    pending.pop_back();
    std::error_code ec;
    fs::directory_iterator it(current, ec);
    for (const fs::directory_iterator end; !ec && it != end; it.increment(ec)) {
      if (it->path().filename().string().starts_with('.')) continue;
      std::error_code status_error;
      const fs::file_status status = it->status(status_error);
      if (status_error || !fs::exists(status)) {
        const std::string why = status_error ? status_error.message() : "it leads to no file";
        problems.push_back(unreadable(it->path(), "cannot follow the symbolic link: " + why));
        continue;
      }
      std::error_code link_error;
      if (fs::is_regular_file(status)) files.push_back(it->path());
      if (fs::is_directory(status) && !it->is_symlink(link_error) && !link_error)
        pending.push_back(it->path());
    }
    if (ec) problems.push_back(unreadable(current, "cannot read folder: " + ec.message()));
  }
  std::sort(files.begin(), files.end());
  return files;
}

PairSpec unpaired(const std::string& present, bool is_source, const std::string& expected) {
  PairSpec spec;
  (is_source ? spec.source : spec.target).path = present;
  (is_source ? spec.target : spec.source).path = expected;
  spec.error =
      present + ": no " + (is_source ? "translation" : "source") + " found (expected " + expected + ")";
  return spec;
}

void pairTrees(const fs::path& root, const LanguagesFor& languages_for, std::vector<PairSpec>& out) {
  std::map<std::string, std::string> sources, targets;  // key without language tag → path
  for (const auto& file : regularFilesUnder(root / "source", out))
    sources[withoutLanguageTag(file.lexically_relative(root / "source"))] = file.string();
  for (const auto& file : regularFilesUnder(root / "target", out))
    targets[withoutLanguageTag(file.lexically_relative(root / "target"))] = file.string();
  for (const auto& [key, path] : sources) {
    const auto found = targets.find(key);
    if (found == targets.end()) {
      out.push_back(unpaired(path, true, (root / "target" / key).string()));
      continue;
    }
    const PairLanguages languages = languages_for(fs::path(found->second).parent_path());
    out.push_back(
        {{path, std::nullopt, languages.source}, {found->second, std::nullopt, languages.target}, ""});
  }
  for (const auto& [key, path] : targets) {
    if (!sources.count(key)) out.push_back(unpaired(path, false, (root / "source" / key).string()));
  }
}

// "corpora/x/source.fr.txt" → "source"; "" for a file without a language tag.
std::string roleOf(const fs::path& file) {
  if (!languageFromFileName(file.string())) return {};
  const std::string stem = articleStem(file.string());
  return stem.substr(0, stem.rfind('.'));
}

// The corpus layout: a folder holding exactly one source.<lang>.<ext> and one target.<lang>.<ext> is one
// pair, whatever its languages (from the file names, unless the flags force them). A folder with one of
// the two and not the other is a failed pair (the other is missing), not a reason to stop the batch. Those
// files are taken out of `files`; the rest is paired by slug.
void pairCorpusFolders(std::vector<fs::path>& files, const LanguagesFor& languages_for,
                       std::vector<PairSpec>& out) {
  std::map<fs::path, std::vector<fs::path>> sources, targets;  // folder → its source.* / target.* files
  for (const auto& file : files) {
    const std::string role = roleOf(file);
    if (role == "source") sources[file.parent_path()].push_back(file);
    if (role == "target") targets[file.parent_path()].push_back(file);
  }
  // "story/source.fr.txt" with no target: the file it needs, in the target language when known.
  auto counterpart = [](const fs::path& present, const char* role, const std::string& lang) {
    return (present.parent_path() / (std::string(role) + "." + (lang.empty() ? "<lang>" : primary(lang)) +
                                     articleExtension(present.string())))
        .string();
  };
  std::vector<fs::path> paired;
  for (const auto& [folder, found] : sources) {
    const auto other = targets.find(folder);
    const PairLanguages languages = languages_for(folder);
    if (found.size() == 1 && other == targets.end()) {
      out.push_back(unpaired(found[0].string(), true, counterpart(found[0], "target", languages.target)));
      paired.push_back(found[0]);
      continue;
    }
    if (found.size() != 1 || other == targets.end() || other->second.size() != 1) continue;
    out.push_back({{found[0].string(), std::nullopt, languages.source},
                   {other->second[0].string(), std::nullopt, languages.target},
                   ""});
    paired.push_back(found[0]);
    paired.push_back(other->second[0]);
  }
  for (const auto& [folder, found] : targets) {
    if (found.size() != 1 || sources.count(folder)) continue;
    out.push_back(
        unpaired(found[0].string(), false, counterpart(found[0], "source", languages_for(folder).source)));
    paired.push_back(found[0]);
  }
  std::erase_if(
      files, [&](const fs::path& f) { return std::find(paired.begin(), paired.end(), f) != paired.end(); });
}

// A bilingual file (.xlf, .xliff, .tmx, .po) is a pair by itself, both sides in one file; it is taken out
// of `files` before the rest is paired by name (messages.fr.po carries a language tag, but no partner).
void pairBilingualFiles(std::vector<fs::path>& files, const LanguagesFor& languages_for,
                        std::vector<PairSpec>& out) {
  std::erase_if(files, [&](const fs::path& file) {
    const PairLanguages languages = languages_for(file.parent_path());
    if (!isBilingual(formatOfPath(file.string(), languages.formats))) return false;
    out.push_back({{file.string(), std::nullopt, languages.source},
                   {file.string(), std::nullopt, languages.target},
                   ""});
    return true;
  });
}

// The primary subtags a folder's files carry ("fr", "en"), from its languages; throws when unknown.
PairLanguages wantedTags(const fs::path& folder, const LanguagesFor& languages_for) {
  const PairLanguages languages = languages_for(folder);
  if (languages.source.empty() || languages.target.empty())
    throw UserError(folder.string(),
                    "pairing a folder needs the languages: pass --source-lang and --target-lang (or set them "
                    "in concord.toml)");
  return {primary(canonicalLanguageTag(languages.source, "--source-lang")),
          primary(canonicalLanguageTag(languages.target, "--target-lang"))};
}

void pairByName(const fs::path& root, const LanguagesFor& languages_for, std::vector<PairSpec>& out) {
  std::vector<fs::path> files = regularFilesUnder(root, out);
  pairBilingualFiles(files, languages_for, out);
  pairCorpusFolders(files, languages_for, out);
  std::map<fs::path, PairLanguages> wanted;             // folder → the tags its files are paired by
  std::map<std::string, std::string> sources, targets;  // path without tag → path
  for (const auto& file : files) {
    const auto tag = languageFromFileName(file.string());
    if (!tag) continue;
    const fs::path folder = file.parent_path();
    if (!wanted.count(folder)) wanted[folder] = wantedTags(folder, languages_for);
    if (primary(*tag) == wanted[folder].source) sources[withoutLanguageTag(file)] = file.string();
    if (primary(*tag) == wanted[folder].target) targets[withoutLanguageTag(file)] = file.string();
  }
  auto expected = [](const std::string& untagged, const std::string& lang) {
    const fs::path p(untagged);
    return (p.parent_path() / (articleStem(untagged) + "." + lang + articleExtension(untagged))).string();
  };
  for (const auto& [key, path] : sources) {
    const fs::path folder = fs::path(path).parent_path();
    const auto found = targets.find(key);
    if (found == targets.end()) {
      out.push_back(unpaired(path, true, expected(key, wanted[folder].target)));
      continue;
    }
    const PairLanguages languages = languages_for(folder);
    out.push_back(
        {{path, std::nullopt, languages.source}, {found->second, std::nullopt, languages.target}, ""});
  }
  for (const auto& [key, path] : targets) {
    if (!sources.count(key))
      out.push_back(unpaired(path, false, expected(key, wanted[fs::path(path).parent_path()].source)));
  }
}

std::vector<std::string> splitTabs(const std::string& line) {
  std::vector<std::string> fields;
  std::size_t start = 0;
  for (std::size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1)
    fields.push_back(line.substr(start, tab - start));
  fields.push_back(line.substr(start));
  return fields;
}

// A batch that pairs nothing checks nothing: an exit status of 0 would pass a CI job that looked in the
// wrong place. The message says where it looked and for which file names.
std::string nothingPaired(const std::vector<std::string>& folders, const PairLanguages& languages) {
  std::string where;
  for (const std::string& folder : folders) where += (where.empty() ? "" : ", ") + folder;
  auto tag = [](const std::string& lang, const char* unknown) {
    return lang.empty() ? unknown : primary(lang);
  };
  return where + ": no article pair found (looked for STORY." + tag(languages.source, "<source-lang>") +
         ".EXT beside STORY." + tag(languages.target, "<target-lang>") +
         ".EXT, folders holding source.LANG.EXT and target.LANG.EXT, and source/ beside target/)";
}

}  // namespace

std::vector<PairSpec> discoverPairs(const std::vector<std::string>& folders, const std::string& source_lang,
                                    const std::string& target_lang) {
  return discoverPairs(folders, [&](const fs::path&) { return PairLanguages{source_lang, target_lang}; });
}

std::vector<PairSpec> discoverPairs(const std::vector<std::string>& folders,
                                    const LanguagesFor& languages_for) {
  std::vector<PairSpec> pairs;
  for (const std::string& folder : folders) {
    const fs::path root(folder);
    std::error_code ec;
    if (!fs::is_directory(root, ec)) throw UserError(folder, "no such folder");
    if (fs::is_directory(root / "source", ec) && fs::is_directory(root / "target", ec)) {
      pairTrees(root, languages_for, pairs);
    } else {
      pairByName(root, languages_for, pairs);
    }
  }
  if (pairs.empty()) throw UserError(nothingPaired(folders, languages_for(fs::path(folders.front()))));
  return pairs;
}

std::optional<std::string> findSourceOf(const std::string& target_path, const std::string& source_lang) {
  std::error_code ec;
  const fs::path target = fs::absolute(target_path, ec).lexically_normal();
  const LanguagesFor languages = [&](const fs::path&) { return PairLanguages{source_lang, ""}; };
  auto is_target = [&](const PairSpec& pair) {
    return pair.error.empty() && fs::path(pair.target.path).lexically_normal() == target;
  };
  for (fs::path dir = target.parent_path(); dir.has_relative_path(); dir = dir.parent_path()) {
    if (dir.filename() != "target" || !fs::is_directory(dir.parent_path() / "source", ec)) continue;
    std::vector<PairSpec> pairs;
    pairTrees(dir.parent_path(), languages, pairs);
    for (const PairSpec& pair : pairs)
      if (is_target(pair)) return pair.source.path;
  }
  // Only the target's own folder: an editor's workspace may be a whole archive of stories.
  std::vector<fs::path> files;
  for (fs::directory_iterator it(target.parent_path(), ec), end; !ec && it != end; it.increment(ec)) {
    if (!it->path().filename().string().starts_with('.') && it->is_regular_file(ec))
      files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  std::vector<PairSpec> corpus_pairs;
  pairCorpusFolders(files, languages, corpus_pairs);
  for (const PairSpec& pair : corpus_pairs)
    if (is_target(pair)) return pair.source.path;
  const auto target_tag = languageFromFileName(target.string());
  if (!target_tag) return std::nullopt;
  const std::string want_source =
      source_lang.empty() ? "" : primary(canonicalLanguageTag(source_lang, "source language"));
  std::vector<std::string> candidates;
  for (const fs::path& file : files) {
    const auto tag = languageFromFileName(file.string());
    if (!tag || primary(*tag) == primary(*target_tag) ||
        withoutLanguageTag(file) != withoutLanguageTag(target))
      continue;
    if (want_source.empty() || primary(*tag) == want_source) candidates.push_back(file.string());
  }
  if (candidates.size() != 1) return std::nullopt;
  return candidates.front();
}

std::vector<PairSpec> readManifest(const std::string& path, const std::string& source_lang,
                                   const std::string& target_lang) {
  const std::string bytes = readDataFile(path);
  const fs::path base = fs::path(path).parent_path();
  auto resolve = [&](const std::string& p) { return fs::path(p).is_absolute() ? p : (base / p).string(); };
  std::vector<PairSpec> pairs;
  std::size_t line_number = 0;
  for (std::size_t start = 0; start < bytes.size();) {
    std::size_t end = bytes.find('\n', start);
    if (end == std::string::npos) end = bytes.size();
    std::string line = bytes.substr(start, end - start);
    start = end + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line.starts_with('#')) continue;
    const auto fields = splitTabs(line);
    if (fields.size() != 2 && fields.size() != 4)
      throw UserError(path, line_number, 1,
                      "expected source<TAB>target[<TAB>source_lang<TAB>target_lang], found " +
                          std::to_string(fields.size()) + " column(s)");
    if (fields[0].empty() || fields[1].empty()) throw UserError(path, line_number, 1, "empty path");
    pairs.push_back({{resolve(fields[0]), std::nullopt, fields.size() == 4 ? fields[2] : source_lang},
                     {resolve(fields[1]), std::nullopt, fields.size() == 4 ? fields[3] : target_lang},
                     ""});
  }
  return pairs;
}

std::vector<PairSpec> readJsonPairs(std::istream& in, const std::string& name, const std::string& source_lang,
                                    const std::string& target_lang) {
  std::vector<PairSpec> pairs;
  std::string line;
  for (std::size_t line_number = 1; std::getline(in, line); ++line_number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    const std::string where = name + ":" + std::to_string(line_number);
    PairSpec spec;
    try {
      const auto record = nlohmann::json::parse(line);
      auto text = [&](const char* key) -> std::string {
        if (!record.contains(key)) return {};
        if (!record[key].is_string()) throw UserError(where, std::string("\"") + key + "\" must be a string");
        return record[key].get<std::string>();
      };
      if (!record.is_object()) throw UserError(where, "expected a JSON object");
      spec.source.path = text("source");
      spec.target.path = text("target");
      if (spec.source.path.empty() || spec.target.path.empty())
        throw UserError(where, "a pair needs \"source\" and \"target\"");
      spec.source.lang = record.contains("source_lang") ? text("source_lang") : source_lang;
      spec.target.lang = record.contains("target_lang") ? text("target_lang") : target_lang;
      if (record.contains("source_text")) spec.source.bytes = text("source_text");
      if (record.contains("target_text")) spec.target.bytes = text("target_text");
    } catch (const nlohmann::json::exception& e) {
      spec = {{"-", std::nullopt, ""}, {where, std::nullopt, ""}, where + ": not a JSON pair: " + e.what()};
    } catch (const UserError& e) {
      spec = {{"-", std::nullopt, ""}, {where, std::nullopt, ""}, e.what()};
    }
    pairs.push_back(std::move(spec));
  }
  return pairs;
}

std::optional<std::string> pairDate(const PairSpec& pair) {
  return articleDate(pair.target.path, !pair.target.bytes.has_value());
}

PairReport checkOnePair(const PairSpec& pair, const CheckOptions& options,
                        const DictionarySet& dictionaries) {
  if (!pair.error.empty()) return failedPairReport(pair.source.path, pair.target.path, pair.error);
  PairReport report;
  try {
    auto result = std::make_shared<CheckResult>(checkPair(pair.source, pair.target, options, dictionaries));
    report = reportFromResult(std::move(result));
  } catch (const UserError& error) {
    report = failedPairReport(pair.source.path, pair.target.path, error.what());
  }
  report.date = pairDate(pair);
  return report;
}

BatchReport runBatch(const std::vector<PairSpec>& pairs, const CheckOptions& options,
                     const DictionarySet& dictionaries, const BatchRunOptions& run) {
  BatchReport report;
  report.pairs.resize(pairs.size());
  std::size_t jobs = run.jobs == 0 ? std::max(1u, std::thread::hardware_concurrency()) : run.jobs;
  jobs = std::min(jobs, std::max<std::size_t>(pairs.size(), 1));
  std::atomic<std::size_t> next{0};
  std::size_t done = 0;
  std::mutex progress_mutex;
  auto worker = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < pairs.size();) {
      report.pairs[i] = checkOnePair(pairs[i], pairs[i].options ? *pairs[i].options : options, dictionaries);
      if (run.progress || run.on_pair) {
        const std::lock_guard lock(progress_mutex);
        if (run.on_pair) run.on_pair(report.pairs[i]);
        if (run.progress) run.progress(++done, pairs.size());
      }
    }
  };
  if (jobs <= 1) {
    worker();
    return report;
  }
  {
    std::vector<std::jthread> threads;  // joined at the end of this block, before the report is read
    for (std::size_t t = 0; t < jobs; ++t) threads.emplace_back(worker);
  }
  return report;
}

}  // namespace concord
