#include "checker/reading/file_format.h"

#include <gtest/gtest.h>

namespace concord {
namespace {

TEST(FileFormat, BuiltinExtensions) {
  EXPECT_EQ(formatOfPath("a/story.fr.html"), FileFormat::html);
  EXPECT_EQ(formatOfPath("story.htm"), FileFormat::html);
  EXPECT_EQ(formatOfPath("story.xhtml"), FileFormat::html);
  EXPECT_EQ(formatOfPath("story.fr.ninjs.json"), FileFormat::ninjs);
  EXPECT_EQ(formatOfPath("story.fr.json"), FileFormat::ninjs);
  EXPECT_EQ(formatOfPath("story.fr.xml"), FileFormat::newsml);
  EXPECT_EQ(formatOfPath("story.nml"), FileFormat::newsml);
  EXPECT_EQ(formatOfPath("a/story.xlf"), FileFormat::xliff);
  EXPECT_EQ(formatOfPath("story.xliff"), FileFormat::xliff);
  EXPECT_EQ(formatOfPath("memory.tmx"), FileFormat::tmx);
  EXPECT_EQ(formatOfPath("messages.fr.po"), FileFormat::po);
  EXPECT_EQ(formatOfPath("story.en.md"), FileFormat::markdown);
  EXPECT_EQ(formatOfPath("story.en.markdown"), FileFormat::markdown);
  EXPECT_EQ(formatOfPath("story.fr.txt"), FileFormat::text);
  EXPECT_EQ(formatOfPath("messages.pot"), FileFormat::text);
  EXPECT_EQ(formatOfPath("html"), FileFormat::text) << "a name without a dot has no extension";
}

TEST(FileFormat, ConfiguredExtensionsComeFirstLongestWins) {
  const FormatMap formats{{".sdlxliff", FileFormat::xliff},
                          {".story", FileFormat::markdown},
                          {".json", FileFormat::text},
                          {".ninjs.json", FileFormat::ninjs},
                          {".htm5", FileFormat::html}};
  EXPECT_EQ(formatOfPath("job.sdlxliff", formats), FileFormat::xliff);
  EXPECT_EQ(formatOfPath("a/b.fr.story", formats), FileFormat::markdown);
  EXPECT_EQ(formatOfPath("page.htm5", formats), FileFormat::html);
  EXPECT_EQ(formatOfPath("data.json", formats), FileFormat::text) << "the map overrides a built-in extension";
  EXPECT_EQ(formatOfPath("s.fr.ninjs.json", formats), FileFormat::ninjs) << "the longest key wins";
  EXPECT_EQ(formatOfPath("job.sdlxliff"), FileFormat::text) << "unmapped, an unknown extension is text";
}

TEST(FileFormat, NamesRoundTrip) {
  for (const FileFormat format : {FileFormat::text, FileFormat::markdown, FileFormat::html, FileFormat::ninjs,
                                  FileFormat::newsml, FileFormat::xliff, FileFormat::tmx, FileFormat::po})
    EXPECT_EQ(formatNamed(formatName(format)), format);
  EXPECT_FALSE(formatNamed("docx").has_value());
  EXPECT_TRUE(isBilingual(FileFormat::po));
  EXPECT_FALSE(isBilingual(FileFormat::html));
}

}  // namespace
}  // namespace concord
