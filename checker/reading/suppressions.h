#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/model/document.h"
#include "checker/model/finding.h"

namespace concord {

/// One `<!-- concord-… -->` comment of a Markdown article, as Vale and textlint read theirs:
///   concord-disable-next-line [RULE, …]   the line after the comment
///   concord-disable-line [RULE, …]        the line(s) the comment is on
///   concord-disable [RULE, …]             from the comment to the next concord-enable (or the end)
///   concord-enable [RULE, …]              ends a disable (without rules: every one open)
/// RULE is a rule id or a category (`quotes`, `quotes/*`), separated by commas or spaces; none means every
/// rule. Text after ` -- ` is a reason for the reader and is ignored.
struct SuppressionDirective {
  enum class Kind : std::uint8_t { disable_next_line, disable_line, disable, enable, unknown };
  Kind kind = Kind::unknown;
  std::string name;                ///< "concord-disable-next-line", or the unknown word as written
  std::vector<std::string> rules;  ///< empty: every rule
  TextRange comment;               ///< the whole `<!-- … -->`
};

/// A stretch of a document where the findings of some rules are hidden, and the directive that made it.
struct SuppressedRegion {
  std::size_t directive = 0;        ///< index into Suppressions::directives
  TextRange range;                  ///< findings starting in it are hidden
  std::vector<std::string> rules;   ///< empty: every rule
  std::vector<std::string> except;  ///< rules a later concord-enable RULE turned back on
};

struct Suppressions {
  std::vector<SuppressionDirective> directives;
  std::vector<SuppressedRegion> regions;
  std::vector<bool> enable_closed_something;  ///< per directive; meaningful for enable directives

  /// The region hiding a finding of `rule_id` that starts at `offset`, or nullptr.
  const SuppressedRegion* hiding(const std::string& rule_id, std::size_t offset) const;
};

/// The directives of a document and the regions they make. Markdown: its comments, where the Markdown masking
/// finds them (a directive inside code is code). HTML: the page's comments as the HTML5 parser finds them;
/// "next line" is the next block of article text (paragraph, heading, list item …) that starts after the
/// comment, "line" the lines of the file the comment is on. XLIFF: a <note> of a unit whose text is a
/// directive (xliff_suppressions.h). Plain text, TMX and PO have none (a comment in plain text is text).
Suppressions readSuppressions(const Document& doc);

/// Parses `body`, the text of a comment without `<!--` and `-->` (or of an XLIFF note), as a directive
/// standing at `comment`; nullopt when it does not start with `concord-` (an ordinary comment).
std::optional<SuppressionDirective> parseDirective(std::string_view body, TextRange comment);

/// Whether `source` and `target` are one file (a bilingual file is both sides of its pair): its directives
/// are then read once, as the target's, so one directive is neither hidden twice nor reported twice.
bool sharesDirectives(const Document& source, const Document& target);

/// A directive that hid nothing, on the side whose document holds it.
struct UnusedDirective {
  Side side = Side::target;
  SuppressionDirective directive;
};

/// Whether a directive's RULE entry (an id, `category` or `category/*`) covers `rule_id`.
bool ruleEntryCovers(std::string_view entry, std::string_view rule_id);

}  // namespace concord
