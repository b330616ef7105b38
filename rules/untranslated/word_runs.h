#pragma once

#include <cstddef>
#include <vector>

namespace concord::rules {

/// What a target word can be in a run of source-language words left untranslated.
enum class RunRole {
  outside,  ///< breaks a run: a word of the target language, a name, a number
  joins,    ///< belongs to a run it sits inside, never at its ends: a word of the source sentence that the
            ///< source's dictionary knows, or a function word of the source (de, as; pendant, which English
            ///< spells too; a capitalised word, which may be a name)
  core,     ///< a source-language word the target does not know: runs begin and end with one
};

/// Word indices [first, last] of one run: both ends are core words.
struct WordRun {
  std::size_t first = 0;
  std::size_t last = 0;
};

/// The stretches of a sentence's words, in order: joined words none of which is outside, [first, last]
/// (their ends may be any role). `roles` and `joined` as for groupRuns.
std::vector<WordRun> joinedStretches(const std::vector<RunRole>& roles, const std::vector<bool>& joined);

/// The runs of a sentence's words, in order. `roles[k]` is word k's role; `joined[k]` says whether words k
/// and k + 1 stand together (only spaces and punctuation between them, within one quotation). A stretch of
/// joined words none of which is outside is cut to its outermost core words, if it has any.
std::vector<WordRun> groupRuns(const std::vector<RunRole>& roles, const std::vector<bool>& joined);

}  // namespace concord::rules
