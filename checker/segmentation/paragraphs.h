#pragma once

#include <string_view>
#include <vector>

#include "checker/model/document.h"

namespace concord {

/// Splits a document into paragraphs (ranges trimmed of white space), without sentences yet.
/// Wire copy comes in two layouts and both are handled: blank-line separated blocks (a block whose lines are
/// hard-wrapped is one paragraph) and one paragraph per line (a block in which most lines end a sentence is
/// split into its lines). Markdown headings and list items are always paragraphs of their own.
std::vector<Paragraph> splitParagraphs(const Document& doc);

/// Marks the first paragraph as the headline when it has no closing punctuation (splitParagraphs does it;
/// readers that find paragraphs another way call it).
void markHeadline(std::string_view text, std::vector<Paragraph>& paragraphs);

/// The paragraphs of a structured news file (checker/reading/news_article.h): the blocks its reader found,
/// and those of each plain-text field (`wire_copy`) found as in a text file, in file order; the first is
/// marked as the headline when it reads like one.
std::vector<Paragraph> newsParagraphs(const Document& doc, std::vector<Paragraph> blocks,
                                      const std::vector<TextRange>& wire_copy);

}  // namespace concord
