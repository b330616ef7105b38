// Bilingual files (XLIFF 1.2/2.x, TMX, PO): what of them is text, where it stands in the file, and refusals.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "checker/model/line_index.h"
#include "checker/reading/bilingual_file.h"
#include "checker/reading/masked_text.h"
#include "tests/support/user_error.h"

namespace concord {
namespace {

struct UnitTexts {
  std::string source;
  std::string target;  ///< "<untranslated>" for a unit without one
};

std::vector<UnitTexts> unitTexts(const BilingualFile& file) {
  std::vector<UnitTexts> result;
  for (const BilingualUnit& unit : file.units) {
    result.push_back({std::string(unit.source.in(file.source_text)),
                      unit.target ? std::string(unit.target->in(file.target_text)) : "<untranslated>"});
  }
  return result;
}

bool operator==(const UnitTexts& a, const UnitTexts& b) {
  return a.source == b.source && a.target == b.target;
}
std::ostream& operator<<(std::ostream& out, const UnitTexts& u) {
  return out << "{" << u.source << " | " << u.target << "}";
}

using Units = std::vector<UnitTexts>;

BilingualFile readFromDisk(const std::string& name, const std::string& bytes,
                           const std::string& target = "") {
  const auto path = std::filesystem::temp_directory_path() / ("concord_bilingual_" + name);
  std::ofstream(path, std::ios::binary) << bytes;
  BilingualFile file = readBilingualFile(path.string(), bytes, target);
  std::filesystem::remove(path);
  return file;
}

TEST(MaskedText, EntitiesAreDecodedInPlaceAndTheirRestBlanked) {
  MaskedText mask(40);
  const std::string raw = "AT&amp;T said &quot;no&quot;";
  const auto r = mask.reveal(2, raw, "AT&T said \"no\"", EscapeSyntax::xml);
  EXPECT_EQ(r.consumed, 14u);
  // An opening mark after a space gets its padding before it, so it still touches its word.
  EXPECT_EQ(r.range.in(mask.text()), "AT&    T said      \"no\"");
  EXPECT_EQ(mask.text().substr(0, 2), "  ");
}

TEST(MaskedText, CEscapesOfOneCharacterStayOneCharacter) {
  MaskedText mask(20);
  const auto r = mask.reveal(0, "\\303\\251t\\\"e\\n", "\xC3\xA9t\"e\n", EscapeSyntax::c);
  EXPECT_EQ(r.range.in(mask.text()), "\xC3\xA9t\" e\n");
  EXPECT_EQ(r.range.begin, 6u) << "é begins the word t: its padding goes before it";
}

TEST(MaskedText, EscapedBackslashesAreEscapesNotLiteralText) {
  MaskedText mask(8);
  // \\ \\ \t: a backslash, a backslash, a tab (gettext's own bash.mo has it), not "\\" kept as it is.
  const auto r = mask.reveal(0, "\\\\\\\\\\tx", "\\\\\tx", EscapeSyntax::c);
  EXPECT_EQ(r.consumed, 4u);
  EXPECT_EQ(r.range.in(mask.text()), "\\ \\ \t x");
}

TEST(MaskedText, MismatchIsABugNotText) {
  MaskedText mask(10);
  EXPECT_THROW(mask.reveal(0, "abc", "abd", EscapeSyntax::xml), std::logic_error);
}

const char* const kXliff12 = R"(<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file source-language="fr" target-language="en-GB" datatype="plaintext" original="story.txt">
  <body>
   <trans-unit id="1"><source>Le <g id="1">maire</g> a dit<x id="2"/> « non ».</source>
    <target state="translated">The <g id="1">mayor</g> said<x id="2"/> &#8220;no&#8221;.</target></trans-unit>
   <trans-unit id="2"><source>Voir <bpt id="1">&lt;b&gt;</bpt>Kiev<ept id="1">&lt;/b&gt;</ept>.</source>
    <target state="needs-review-translation">See <bpt id="1">&lt;b&gt;</bpt>Kiev<ept id="1">&lt;/b&gt;</ept>.</target></trans-unit>
   <trans-unit id="3" translate="no"><source>AFP</source><target>AFP</target></trans-unit>
   <group translate="no"><trans-unit id="4"><source>Code</source><target>Code</target></trans-unit></group>
   <trans-unit id="5"><source>Pas encore traduit.</source></trans-unit>
   <trans-unit id="6"><source>Copie.</source><target state="needs-translation">Copie.</target></trans-unit>
   <trans-unit id="7"><source>Vide.</source><target/></trans-unit>
  </body>
 </file>
</xliff>
)";

TEST(Xliff12, UnitsLanguagesAndInlineCodes) {
  const BilingualFile file = readBilingualFile("story.xlf", kXliff12, "");
  EXPECT_EQ(file.format, "XLIFF 1.2");
  EXPECT_EQ(file.source_lang, "fr");
  EXPECT_EQ(file.target_lang, "en-GB");
  // <g> holds text, <x/> is blank, <bpt>/<ept> hold the original's code: blank too. translate="no" units are
  // left out; a missing, placeholder (needs-translation) or empty target is untranslated.
  EXPECT_EQ(unitTexts(file),
            (Units{{"Le           maire     a dit            « non ».",
                    "The           mayor     said                \xE2\x80\x9Cno\xE2\x80\x9D    ."},
                   {"Voir                            Kiev                            .",
                    "See                            Kiev                            ."},
                   {"Pas encore traduit.", "<untranslated>"},
                   {"Copie.", "<untranslated>"},
                   {"Vide.", "<untranslated>"}}));
}

TEST(Xliff12, OffsetsAreTheFilesOwn) {
  const BilingualFile file = readBilingualFile("story.xlf", kXliff12, "");
  const LineIndex lines(kXliff12);
  const std::string_view bytes(kXliff12);
  const TextRange mayor{file.target_text.find("mayor"), file.target_text.find("mayor") + 5};
  EXPECT_EQ(mayor.in(bytes), "mayor");
  EXPECT_EQ(lines.at(mayor.begin).line, 6u);
  EXPECT_EQ(file.source_text.size(), bytes.size());
  EXPECT_EQ(file.target_text.find("AFP"), std::string::npos);
}

TEST(Xliff2, SegmentsStatesAndPlaceholders) {
  const std::string xliff =
      R"(<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="de" trgLang="en">
 <file id="f1">
  <unit id="u1">
   <segment state="translated"><source>Die <pc id="1">Stadt</pc> hat<ph id="2"/> 5&#160;000 Einwohner.</source>
    <target>The <pc id="1">city</pc> has<ph id="2"/> 5,000 inhabitants.</target></segment>
   <ignorable><source> </source></ignorable>
   <segment state="initial"><source>Zweiter Satz.</source></segment>
  </unit>
  <unit id="u2" translate="no"><segment><source>Nicht.</source><target>Not.</target></segment></unit>
 </file>
</xliff>)";
  const BilingualFile file = readBilingualFile("s.xliff", xliff, "");
  EXPECT_EQ(file.format, "XLIFF 2.1");
  EXPECT_EQ(file.source_lang, "de");
  EXPECT_EQ(file.target_lang, "en");
  EXPECT_EQ(unitTexts(file), (Units{{"Die            Stadt      hat             5\xC2\xA0    000 Einwohner.",
                                     "The            city      has             5,000 inhabitants."},
                                    {"Zweiter Satz.", "<untranslated>"}}));
}

TEST(Tmx, TargetLanguageFromTheMemoryOrTheFlag) {
  const std::string tmx = R"(<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="hand" creationtoolversion="1" segtype="sentence" o-tmf="none"
 adminlang="en" srclang="fr-FR" datatype="plaintext"/>
<body>
 <tu><tuv xml:lang="fr-FR"><seg>Le <bpt i="1">&lt;i&gt;</bpt>Monde<ept i="1">&lt;/i&gt;</ept> titre.</seg></tuv>
  <tuv xml:lang="en-GB"><seg>The <hi>Monde</hi> headline.</seg></tuv>
  <tuv xml:lang="de-DE"><seg>Die Schlagzeile.</seg></tuv></tu>
 <tu><tuv xml:lang="fr-FR"><seg>Seul.</seg></tuv></tu>
 <tu><tuv xml:lang="fr-FR"><seg>Deux.</seg></tuv><tuv xml:lang="en-GB"><seg>Two<ph x="1">&lt;br/&gt;</ph>.</seg></tuv></tu>
</body></tmx>)";
  const BilingualFile file = readBilingualFile("m.tmx", tmx, "");
  EXPECT_EQ(file.format, "TMX 1.4");
  EXPECT_EQ(file.source_lang, "fr-FR");
  EXPECT_EQ(file.target_lang, "en-GB");
  // A unit without the target language is no pair (a memory holds translations, not gaps).
  EXPECT_EQ(unitTexts(file), (Units{{"Le                           Monde                            titre.",
                                     "The     Monde      headline."},
                                    {"Deux.", "Two                          ."}}));
  const BilingualFile german = readBilingualFile("m.tmx", tmx, "de");
  EXPECT_EQ(
      unitTexts(german),
      (Units{{"Le                           Monde                            titre.", "Die Schlagzeile."}}));
}

TEST(Po, MessagesEscapesPluralsAndStates) {
  const std::string po =
      "# A comment\n"
      "msgid \"\"\n"
      "msgstr \"\"\n"
      "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
      "\"Language: fr\\n\"\n"
      "\n"
      "#, fuzzy\n"
      "msgid \"The \\\"mayor\\\" said\"\n"
      "msgstr \"\"\n"
      "\"Le \\\"maire\\\" \"\n"
      "\"a dit\"\n"
      "\n"
      "msgctxt \"menu\"\n"
      "msgid \"Open\"\n"
      "msgstr \"\"\n"
      "\n"
      "msgid \"One file\"\n"
      "msgid_plural \"%d files\"\n"
      "msgstr[0] \"Un fichier\"\n"
      "msgstr[1] \"%d fichiers\"\n"
      "\n"
      "#~ msgid \"Old\"\n"
      "#~ msgstr \"Vieux\"\n";
  const BilingualFile file = readFromDisk("messages.po", po);
  EXPECT_EQ(file.format, "PO");
  EXPECT_EQ(file.source_lang, "");
  EXPECT_EQ(file.target_lang, "fr");
  // Fuzzy messages are checked; an empty msgstr is untranslated; obsolete (#~) messages are not read.
  EXPECT_EQ(unitTexts(file), (Units{{"The  \"mayor\"  said", "Le  \"maire\"     a dit"},
                                    {"Open", "<untranslated>"},
                                    {"One file", "Un fichier"},
                                    {"%d files", "%d fichiers"}}));
  const LineIndex lines(po);
  EXPECT_EQ(lines.at(file.target_text.find("a dit")).line, 11u);
  EXPECT_EQ(lines.at(file.target_text.find("a dit")).column, 2u);
}

TEST(Xml, ABareAmpersandIsALiteralOne) {
  // pugixml keeps an '&' that starts no reference as it is; the mask took everything up to the next ';'
  // for one escaped character and then threw a logic_error (found by fuzz_xliff_reader and fuzz_tmx_reader).
  const std::string xliff =
      R"(<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="en">
 <file id="f"><unit id="u"><segment><source>Die &5&#160;000 &amp; mehr.</source>
  <target>The &5,000 & co; more.</target></segment></unit></file></xliff>)";
  EXPECT_EQ(unitTexts(readBilingualFile("a.xlf", xliff, "")),
            (Units{{"Die &5\xC2\xA0    000 &     mehr.", "The &5,000 & co; more."}}));
  const std::string tmx = R"(<tmx version="1.4"><header srclang="fr"/><body>
 <tu><tuv xml:lang="fr"><seg>Russie &accuse &quot;Kiev&quot;.</seg></tuv>
  <tuv xml:lang="en"><seg>Russia &accuses &quot;Kiev&quot;.</seg></tuv></tu></body></tmx>)";
  EXPECT_EQ(unitTexts(readBilingualFile("m.tmx", tmx, "")),
            (Units{{"Russie &accuse      \"Kiev\"     .", "Russia &accuses      \"Kiev\"     ."}}));
}

TEST(Po, StringsSideBySideOnOneLineAreJoined) {
  // gettext joins "a""b" and "a" "b" as it joins lines; the scan took the first string of a line only, so the
  // decoded text ran past the file's and MaskedText threw a logic_error (found by fuzz_po_reader).
  const std::string po =
      "msgid \"The special\" \" operation\"\n"
      "msgstr \"\"\n"
      "\"L'op\u00E9ration\"\" sp\u00E9ciale\"\n";
  EXPECT_EQ(unitTexts(readFromDisk("joined.po", po)),
            (Units{{"The special    operation", "L'op\u00E9ration   sp\u00E9ciale"}}));
}

TEST(Po, AKeywordOnTheLineOfTheStringBeforeItStartsItsOwnString) {
  // gettext reads tokens, not lines: `msgstr ""msgid "One file"` is an empty msgstr and the next msgid. The
  // scan took the whole line for the msgstr, lost the next message's msgid and MaskedText threw a logic_error
  // (found by fuzz_po_reader).
  const std::string po =
      "msgid \"Open\"\n"
      "msgstr \"\"msgid \"One file\"\n"
      "msgstr \"Un fichier\"\n"
      "msgid \"Close\" msgstr \"Fermer\"\n";
  const BilingualFile file = readFromDisk("same-line.po", po);
  EXPECT_EQ(unitTexts(file),
            (Units{{"Open", "<untranslated>"}, {"One file", "Un fichier"}, {"Close", "Fermer"}}));
  const LineIndex lines(po);
  EXPECT_EQ(lines.at(file.source_text.find("One file")).line, 2u);
  EXPECT_EQ(lines.at(file.source_text.find("One file")).column, 17u);
  EXPECT_EQ(lines.at(file.target_text.find("Fermer")).line, 4u);
}

TEST(BadInput, MalformedXmlNamesLineAndColumn) {
  testing::expectUserErrorAt(
      [] { readBilingualFile("bad.xlf", "<xliff version=\"1.2\">\n<file>\n<body></file>\n", ""); },
      "bad.xlf:3:");
}

TEST(BadInput, DtdEntitiesAreRefusedNeverExpanded) {
  std::string laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n";
  for (int i = 1; i < 10; ++i) {
    laughs += " <!ENTITY lol" + std::to_string(i) + " \"";
    for (int k = 0; k < 10; ++k) laughs += "&lol" + (i == 1 ? std::string() : std::to_string(i - 1)) + ";";
    laughs += "\">\n";
  }
  laughs +=
      "]>\n<xliff version=\"1.2\"><file><body><trans-unit id=\"1\"><source>&lol9;</source>"
      "<target>&lol9;</target></trans-unit></body></file></xliff>\n";
  testing::expectUserErrorAt([&] { readBilingualFile("lol.xlf", laughs, ""); }, "lol.xlf:2:");
  const std::string external =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
      "<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu><tuv xml:lang=\"en\"><seg>&x;</seg></tuv>"
      "<tuv xml:lang=\"fr\"><seg>&x;</seg></tuv></tu></body></tmx>\n";
  testing::expectUserErrorAt([&] { readBilingualFile("x.tmx", external, ""); }, "x.tmx:2:");
}

TEST(BadInput, WrongFormatAndBrokenPo) {
  testing::expectUserErrorAt([] { readBilingualFile("a.xlf", "<html><body/></html>", ""); },
                             "a.xlf: not an XLIFF document");
  // gettext's own message and line, as msgfmt prints them.
  testing::expectUserErrorAt(
      [] { readFromDisk("broken.po", "msgid \"a\"\nmsgstr \"b\"\n\nmsgid \"c\"\nmsgstr \"d\" x\n"); },
      "broken.po:5: keyword \"x\" unknown");
  testing::expectUserErrorAt(
      [] { readFromDisk("dup.po", "msgid \"a\"\nmsgstr \"b\"\nmsgid \"a\"\nmsgstr \"c\"\n"); },
      "dup.po:3: duplicate message definition");
}

}  // namespace
}  // namespace concord
