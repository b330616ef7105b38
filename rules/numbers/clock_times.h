#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/model/text_range.h"

namespace concord {
struct NumberWordData;
}

namespace concord::rules {

/// A time of day as written: "23:11", "11:11 p.m.", "4 p.m.", "23 h 11", "23h11", "23 heures", "23.11 Uhr",
/// "2211 GMT".
struct ClockTime {
  TextRange range;                ///< from the first digit to the end of the last mark or suffix
  int hour = 0;                   ///< 0–24, on the 24-hour clock when a marker says so
  int written_hour = 0;           ///< as written: 5 in "5 p.m."
  std::optional<int> minute;      ///< absent for an hour alone ("23 h", "4 p.m.")
  std::optional<int> other_hour;  ///< "11:11" with no marker in a 12-hour language may also be 23:11
  // Where each part is written, so a time can be rewritten in the same form (writeClockLike).
  TextRange hour_digits;                    ///< "11" of "11:11 p.m.", all four digits of "2211 GMT"
  std::optional<TextRange> minute_digits;   ///< "11" of "23 h 11"
  std::optional<TextRange> hour_mark;       ///< "h" of "23 h 11"
  std::optional<TextRange> marker;          ///< "p.m." of "11:11 p.m."
  std::optional<std::size_t> marker_index;  ///< its place in the language's afternoon or morning markers
};

/// The times of day inside `range` of `text`, in order, recognised from the language's data (hour marks,
/// time suffixes, a.m./p.m. markers of dictionaries/numbers/<lang>.txt) and the colon form H:MM, which every
/// language uses. "12.5 km" or "3.11" alone are not times: a period between hour and minutes needs a suffix
/// or a marker after it.
std::vector<ClockTime> findClockTimes(std::string_view text, TextRange range, const NumberWordData& data);

/// The time `value` written the way `model` (a time found in `text`) is written: 23:11 after "10:11 pm" is
/// "11:11 pm", after "22.11 Uhr" "23.11 Uhr", after "22 h" "23 h 11". A model with a.m./p.m. gets the 12-hour
/// hour and the marker of the same spelling (p.m. ↔ a.m., pm ↔ am); one without gets the 24-hour hour.
std::string writeClockLike(std::string_view text, const ClockTime& model, const ClockTime& value,
                           const NumberWordData& data);

/// True when two times can be the same moment: the same hour (either reading of a 12-hour time) and, when
/// both give minutes, the same minutes.
bool sameClockTime(const ClockTime& a, const ClockTime& b);

}  // namespace concord::rules
