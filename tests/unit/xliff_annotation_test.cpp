// Findings written back into an XLIFF file as notes: where they stand, that nothing else of the file
// changes, and that writing a file back twice does not pile notes up.
#include "checker/output/xliff_annotation.h"

#include <gtest/gtest.h>
#include <pugixml.hpp>

#include "tests/support/user_error.h"

namespace concord {
namespace {

XliffNote noteAt(const std::string& bytes, const std::string& text, std::string message,
                 Severity severity = Severity::warning) {
  const auto offset = bytes.find(text);
  EXPECT_NE(offset, std::string::npos) << text;
  return {offset, severity, Side::target, std::move(message)};
}

// `annotated` with every span of `inserted` taken out once, in order.
std::string without(std::string annotated, const std::vector<std::string>& inserted) {
  for (const std::string& text : inserted) {
    const auto at = annotated.find(text);
    EXPECT_NE(at, std::string::npos) << text << "\nin\n" << annotated;
    if (at != std::string::npos) annotated.erase(at, text.size());
  }
  return annotated;
}

const std::string kXliff12 =
    "<?xml version='1.0' encoding='UTF-8'?>\r\n"
    "<!-- from the desk's CAT tool -->\r\n"
    "<xliff version='1.2' xmlns='urn:oasis:names:tc:xliff:document:1.2'>\r\n"
    "  <file source-language='fr' target-language='en' datatype='plaintext' original='story'>\r\n"
    "    <body>\r\n"
    "      <trans-unit id='1'>\r\n"
    "        <source>Le maire de Kiev a parl&#xE9;.</source>\r\n"
    "        <target state='translated'>The mayor of Kiev spoke.<x id='1'/></target>\r\n"
    "        <note from='translator'>checked &apos;twice&apos;</note>\r\n"
    "      </trans-unit>\r\n"
    "      <trans-unit id='2'><source>Il pleut.</source><target>It rains.</target></trans-unit>\r\n"
    "    </body>\r\n"
    "  </file>\r\n"
    "</xliff>\r\n";

TEST(XliffAnnotation, Xliff12NoteStandsAfterTheTargetAndNothingElseChanges) {
  const std::string out = annotateXliff("story.xlf", kXliff12,
                                        {noteAt(kXliff12, "Kiev spoke", "“Kiev” is written “Kyiv” <AP> & co"),
                                         noteAt(kXliff12, "It rains", "a second unit", Severity::info)});
  const std::string first =
      "\r\n        <note from=\"concord\" priority=\"3\" annotates=\"target\">“Kiev” is written “Kyiv” "
      "&lt;AP&gt; &amp; co</note>";
  const std::string second =
      "<note from=\"concord\" priority=\"5\" annotates=\"target\">a second unit</note>";
  EXPECT_NE(out.find("</target>" + first + "\r\n        <note from='translator'>"), std::string::npos) << out;
  EXPECT_NE(out.find("It rains.</target>" + second + "</trans-unit>"), std::string::npos) << out;
  EXPECT_EQ(without(out, {first, second}), kXliff12) << "every other byte is the input's";

  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(out.c_str()));
  const pugi::xml_node unit = doc.child("xliff").child("file").child("body").child("trans-unit");
  const pugi::xml_node note = unit.find_child_by_attribute("note", "from", "concord");
  ASSERT_TRUE(note);
  EXPECT_STREQ(note.previous_sibling().name(), "target") << "a 1.2 note follows the target";
  EXPECT_STREQ(note.child_value(), "“Kiev” is written “Kyiv” <AP> & co");
}

TEST(XliffAnnotation, Xliff12NotesStandBeforeAltTransAndExtensions) {
  const std::string bytes =
      "<xliff version=\"1.2\"><file><body><trans-unit id=\"1\"><source>Kiev</source><target>Kiev</target>"
      "<alt-trans><target>Kyiv</target></alt-trans><x:ext "
      "xmlns:x=\"urn:x\"/></trans-unit></body></file></xliff>";
  const std::string out = annotateXliff("a.xlf", bytes, {noteAt(bytes, "Kiev</target>", "m")});
  EXPECT_NE(
      out.find("<target>Kiev</target><note from=\"concord\" priority=\"3\" annotates=\"target\">m</note>"
               "<alt-trans>"),
      std::string::npos)
      << out;
}

TEST(XliffAnnotation, AByteOrderMarkKeepsEveryOffsetInPlace) {
  const std::string with_bom = "\xEF\xBB\xBF" + kXliff12;
  const std::string out = annotateXliff("story.xlf", with_bom, {noteAt(with_bom, "It rains", "m")});
  EXPECT_NE(out.find("It rains.</target><note from=\"concord\""), std::string::npos) << out;
}

TEST(XliffAnnotation, WritingBackTwiceReplacesConcordsNotes) {
  const std::string once = annotateXliff("story.xlf", kXliff12, {noteAt(kXliff12, "Kiev spoke", "old")});
  const std::string twice = annotateXliff("story.xlf", once, {noteAt(once, "Kiev spoke", "old")});
  EXPECT_EQ(twice, once);
  const std::string changed = annotateXliff("story.xlf", once, {noteAt(once, "It rains", "new")});
  EXPECT_EQ(changed.find(">old<"), std::string::npos) << changed;
  EXPECT_NE(changed.find(">new<"), std::string::npos) << changed;
  EXPECT_EQ(annotateXliff("story.xlf", once, {}), kXliff12) << "no finding left: the file as it came";
}

const std::string kXliff20 =
    "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"fr\" trgLang=\"en\">\n"
    "\t<file id=\"f1\">\n"
    "\t\t<unit id=\"u1\">\n"
    "\t\t\t<segment><source>Le maire de Kiev.</source><target>The mayor of Kiev.</target></segment>\n"
    "\t\t</unit>\n"
    "\t\t<unit id=\"u2\">\n"
    "\t\t\t<notes>\n"
    "\t\t\t\t<note category=\"context\">a headline</note>\n"
    "\t\t\t</notes>\n"
    "\t\t\t<segment><source>Il pleut.</source><target>It rains.</target></segment>\n"
    "\t\t</unit>\n"
    "\t</file>\n"
    "</xliff>\n";

TEST(XliffAnnotation, Xliff2NotesStandBeforeTheSegmentsBesideTheTranslatorsNotes) {
  const std::string out =
      annotateXliff("story.xlf", kXliff20,
                    {noteAt(kXliff20, "Kiev.</target>", "error: one"), noteAt(kXliff20, "It rains", "two")});
  const std::string new_notes =
      "<notes>\n\t\t\t\t<note category=\"concord\" priority=\"3\" appliesTo=\"target\">error: one</note>\n"
      "\t\t\t</notes>\n\t\t\t";
  const std::string beside =
      "\n\t\t\t\t<note category=\"concord\" priority=\"3\" appliesTo=\"target\">two</note>";
  EXPECT_NE(out.find("<unit id=\"u1\">\n\t\t\t" + new_notes + "<segment>"), std::string::npos) << out;
  EXPECT_NE(out.find("a headline</note>" + beside + "\n\t\t\t</notes>"), std::string::npos) << out;
  EXPECT_EQ(without(out, {new_notes, beside}), kXliff20);
  EXPECT_EQ(annotateXliff("story.xlf", out,
                          {noteAt(out, "Kiev.</target>", "error: one"), noteAt(out, "It rains", "two")}),
            out);
  EXPECT_EQ(annotateXliff("story.xlf", out, {}), kXliff20);
}

TEST(XliffAnnotation, PrefixedXliffElementsGetPrefixedNotes) {
  const std::string bytes =
      "<x:xliff xmlns:x=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"fr\" "
      "trgLang=\"en\"><x:file id=\"f\"><x:unit id=\"u\"><x:segment><x:source>Kiev</x:source>"
      "<x:target>Kiev</x:target></x:segment></x:unit></x:file></x:xliff>";
  const std::string out = annotateXliff("p.xlf", bytes, {noteAt(bytes, "Kiev</x:target>", "m")});
  EXPECT_NE(out.find("<x:unit id=\"u\"><x:notes><x:note category=\"concord\" priority=\"3\" "
                     "appliesTo=\"target\">m</x:note></x:notes><x:segment>"),
            std::string::npos)
      << out;
}

TEST(XliffAnnotation, AFileThatIsNoXliffIsRefusedByName) {
  testing::expectUserErrorAt([] { annotateXliff("memory.xlf", "<tmx version=\"1.4\"/>", {}); }, "memory.xlf");
  testing::expectUserErrorAt([] { annotateXliff("broken.xlf", "<xliff version=\"1.2\">", {}); },
                             "broken.xlf:1");
}

}  // namespace
}  // namespace concord
