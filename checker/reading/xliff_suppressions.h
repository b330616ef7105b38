#pragma once

#include "checker/model/document.h"
#include "checker/reading/suppressions.h"

namespace concord {

/// The directives of an XLIFF file (1.2 or 2.x; `doc` is one side of it): a unit's <note> whose text is a
/// directive, `<note>concord-disable transliteration/house-style -- as published</note>`. A unit has no lines
/// to count, so each disable form (concord-disable, -line, -next-line) hides the findings of its rules in
/// that unit, on both sides; a concord-enable there ends nothing. The notes Concord writes itself
/// (--format xliff) are never directives.
Suppressions readXliffNoteSuppressions(const Document& doc);

}  // namespace concord
