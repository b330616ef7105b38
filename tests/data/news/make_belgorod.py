#!/usr/bin/env python3
"""Writes the seed pair (corpora/belgorod) as the news files of tests/e2e/news_formats_test.cpp.

Each file holds the text pair's paragraphs: the first (the cut headline) as the headline, the rest as the
body. The French side is ninjs 2.x (headlines[], bodies[] as text/html, written as UTF-8) and NewsML-G2 with
an XHTML inlineXML; the English side ninjs 1.x (headline, body_text, every character beyond ASCII written as
a \\u escape, so positions go through escapes and surrogate-free 3-byte characters) and NewsML-G2 with
inlineData. Run from the repository root: python3 tests/data/news/make_belgorod.py
"""
import html
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
OUT = Path(__file__).resolve().parent


def paragraphs(path):
    text = (ROOT / path).read_text(encoding="utf-8")
    return [block.strip() for block in text.split("\n\n") if block.strip()]


def ninjs_2(lang, paras):
    body = "\n".join("<p>" + html.escape(p, quote=False) + "</p>" for p in paras[1:])
    item = {
        "uri": "urn:concord:test:belgorod:" + lang,
        "type": "text",
        "language": lang,
        "headlines": [{"role": "main", "value": paras[0]}],
        "bodies": [{"role": "main", "contenttype": "text/html", "value": body}],
        "$schema": "http://www.iptc.org/std/ninjs/ninjs-schema_2.0.json",
    }
    return json.dumps(item, ensure_ascii=False, indent=2) + "\n"


def ninjs_1(lang, paras):
    item = {
        "uri": "urn:concord:test:belgorod:" + lang,
        "type": "text",
        "language": lang,
        "headline": paras[0],
        "body_text": "\n\n".join(paras[1:]),
    }
    return json.dumps(item, ensure_ascii=True, indent=2) + "\n"


NEWS_ITEM = """<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:concord:test:belgorod:{lang}" version="1"
    standard="NewsML-G2" standardversion="2.33" conformance="power" xml:lang="{lang}">
  <catalogRef href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml"/>
  <itemMeta>
    <itemClass qcode="ninat:text"/>
    <provider qcode="nprov:concord"/>
    <versionCreated>2026-12-07T12:00:00Z</versionCreated>
  </itemMeta>
  <contentMeta>
    <headline>{headline}</headline>
  </contentMeta>
  <contentSet>
{body}
  </contentSet>
</newsItem>
"""


def newsml(lang, paras, xhtml):
    if xhtml:
        ps = "\n".join("          <p>" + html.escape(p, quote=False) + "</p>" for p in paras[1:])
        body = ('    <inlineXML contenttype="application/xhtml+xml">\n'
                '      <html xmlns="http://www.w3.org/1999/xhtml">\n        <body>\n' + ps +
                "\n        </body>\n      </html>\n    </inlineXML>")
    else:
        body = ('    <inlineData contenttype="text/plain">' + html.escape("\n\n".join(paras[1:]), quote=False) +
                "</inlineData>")
    return NEWS_ITEM.format(lang=lang, headline=html.escape(paras[0], quote=False), body=body)


fr = paragraphs("corpora/belgorod/source.fr.txt")
en = paragraphs("corpora/belgorod/target.en.txt")
(OUT / "belgorod.fr.ninjs.json").write_text(ninjs_2("fr", fr), encoding="utf-8")
(OUT / "belgorod.en.ninjs.json").write_text(ninjs_1("en", en), encoding="utf-8")
(OUT / "belgorod.fr.xml").write_text(newsml("fr", fr, True), encoding="utf-8")
(OUT / "belgorod.en.xml").write_text(newsml("en", en, False), encoding="utf-8")
