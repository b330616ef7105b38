#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "checker/model/finding.h"

namespace concord {

/// One finding as a note for the XLIFF unit that holds `offset` (a byte offset into the file).
struct XliffNote {
  std::size_t offset = 0;
  Severity severity = Severity::warning;
  Side side = Side::target;  ///< which of the unit's texts it is about
  std::string text;          ///< "warning: … [rule/id]"
};

/// `bytes`, the XLIFF 1.2 or 2.x file `path`, with each of `notes` written into the unit that holds it, and
/// the notes an earlier run wrote removed, so writing a file back twice gives the same bytes. XLIFF 1.2:
/// `<note from="concord" priority="…" annotates="target">` after the `<target>` (or `<source>`) of the
/// `<trans-unit>`; XLIFF 2.x: `<note category="concord" priority="…" appliesTo="target">` in the `<notes>`
/// of the `<unit>`, a new `<notes>` standing before its `<originalData>` or first `<segment>` as the schema
/// orders them. The new text is inserted at byte offsets, never re-serialised, so every other byte of the
/// file (entities, quoting, white space, comments, the declaration) stays as it was. Throws UserError
/// naming the file when it is no XLIFF document or malformed.
std::string annotateXliff(const std::string& path, std::string_view bytes,
                          const std::vector<XliffNote>& notes);

}  // namespace concord
