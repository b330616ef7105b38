#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "checker/model/alignment.h"

namespace concord::aligners {

/// One link as the alignment literature writes it: the source and target sentence ids (0-based), either side
/// possibly empty. Unlike concord::Link the ids need not be contiguous (gold files have a few such links).
struct IdLink {
  std::vector<std::size_t> source;
  std::vector<std::size_t> target;
  bool operator==(const IdLink&) const = default;
  auto operator<=>(const IdLink&) const = default;
};

/// The links of an alignment as id lists.
std::vector<IdLink> toIdLinks(const Alignment& alignment);
/// The confidence of each of toIdLinks' links, in the same order.
std::vector<double> idLinkConfidences(const Alignment& alignment);

/// `[0]:[0, 1]` — Vecalign/Bertalign's format, as in the gold files.
std::string formatIdLink(const IdLink& link);

/// Parses a whole links file (one `[i, j]:[k]` per line, blank lines ignored; an optional `:score` suffix as
/// Vecalign prints it is ignored). Throws UserError naming `path` and the line on a malformed line.
std::vector<IdLink> parseIdLinks(std::string_view text, std::string_view path);

/// hunalign's ladder: one rung `source_index<TAB>target_index<TAB>confidence` where each link starts; as in
/// hunalign, the final rung (n_source, n_target) is not printed.
void writeLadder(const Alignment& alignment, std::ostream& out);

}  // namespace concord::aligners
