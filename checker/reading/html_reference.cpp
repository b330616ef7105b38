#include "checker/reading/html_reference.h"

#include <memory>

#include <gumbo.h>

namespace concord {
namespace {

// The concatenated text nodes under `node`: the parsed body of a lone reference is a single text node, but a
// reference that spells markup (`&lt;b&gt;` never comes here whole; this stays safe) would give more.
void appendText(const GumboNode* node, std::string& out) {
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE) {
    out += node->v.text.text;
    return;
  }
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) return;
  const GumboVector& children =
      node->type == GUMBO_NODE_ELEMENT ? node->v.element.children : node->v.document.children;
  for (unsigned i = 0; i < children.length; ++i)
    appendText(static_cast<const GumboNode*>(children.data[i]), out);
}

}  // namespace

std::string decodeHtmlReference(std::string_view reference) {
  GumboOptions options = kGumboDefaultOptions;
  std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> output(
      gumbo_parse_with_options(&options, reference.data(), reference.size()),
      [](GumboOutput* parsed) { gumbo_destroy_output(&kGumboDefaultOptions, parsed); });
  std::string text;
  if (output) appendText(output->root, text);
  return text;
}

}  // namespace concord
