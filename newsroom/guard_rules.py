"""The content guard's matching rules, free of models: terms, domain patterns, hidden text, link blocks.

A term matches as a whole phrase whatever the case, accents, zero-width characters, the spaces
or dots put between its letters ("s l o t", "s.l.o.t") and the usual digit-for-letter swaps
("sl0t", "g4c0r"), and with digits stuck to its end ("gacor88"). A domain pattern is a
shell-style pattern matched against a link's host ("*slot*", "*.bet").
"""

import contextlib
import re
import unicodedata
from dataclasses import dataclass
from fnmatch import fnmatchcase
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

ZERO_WIDTH = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e"), None)
# What spammers type instead of a letter: digits, signs and look-alike Cyrillic letters.
LOOKALIKES = {
    "a": "a4@\u0430",
    "b": "b8",
    "c": "c\u0441",
    "e": "e3\u0435",
    "g": "g9",
    "i": "i1l!|\u0456",
    "l": "l1i|",
    "o": "o0\u043e",
    "p": "p\u0440",
    "s": "s5$",
    "t": "t7+",
    "x": "x\u0445",
    "y": "y\u0443",
    "z": "z2",
}
GAP = r"[\W_]{0,3}"
BLOCK_TAGS = frozenset(
    {"p", "div", "li", "ul", "ol", "td", "tr", "table", "section", "article", "aside"}
    | {"blockquote", "figure", "figcaption", "header", "footer", "nav", "center", "font", "span"}
    | {"h1", "h2", "h3", "h4", "h5", "h6"}
)
HIDING_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?![.\d]*[1-9])"
    r"|opacity\s*:\s*0(?:\.0+)?\s*(?:;|$)|(?:left|top|text-indent|margin-left)\s*:\s*-\d{3,}"
    r"|(?:height|width|max-height)\s*:\s*0(?:px)?\s*(?:;|$)",
    re.I,
)
# A block counts as a link block from this many outbound links, mostly link text.
LINK_BLOCK_MIN = 5
LINK_BLOCK_SHARE = 0.6


def normalise(text):
    """Text as the guard compares it: NFKC, no zero-width characters or accents, case-folded."""
    text = unicodedata.normalize("NFKC", text or "").translate(ZERO_WIDTH)
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return text.casefold()


def term_regex(term):
    """The tolerant regular expression of one term (see the module docstring)."""
    parts = []
    for char in normalise(term):
        if char.isalnum():
            parts.append("[" + re.escape(LOOKALIKES.get(char, char)) + "]")
        elif parts and parts[-1] != GAP:
            parts.append(GAP)
    body = GAP.join(p for p in parts if p != GAP)
    return re.compile(rf"(?<![^\W\d_]){body}(?![^\W\d_])")


@dataclass(frozen=True)
class Finding:
    """One reason to hold an article: what matched, in which field, and the text around it."""

    field: str
    kind: str  # "term", "domain", "hidden", "link-block"
    term: str
    excerpt: str = ""


@dataclass(frozen=True)
class Link:
    """An outbound link as the editor reviews it: where it points and what it says."""

    field: str
    url: str
    domain: str
    text: str


def host_of(url):
    """The lower-case host of an absolute http(s) link, without "www."; "" for anything else."""
    try:
        parts = urlsplit((url or "").strip())
    except ValueError:
        return ""
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return ""
    host = parts.hostname.lower().rstrip(".")
    with contextlib.suppress(UnicodeError):  # a malformed punycode label stays as written
        host = host.encode("ascii").decode("idna")
    return host.removeprefix("www.")


class Matcher:
    """Today's term and domain list, compiled once per check."""

    def __init__(self, terms, domains):
        self.terms = [(term, term_regex(term)) for term in terms if normalise(term).strip()]
        self.domains = [normalise(d).strip().removeprefix("www.") for d in domains if d.strip()]

    def terms_in(self, text):
        """(term, excerpt) for each listed term found in the text."""
        text = normalise(text)
        found = []
        for term, regex in self.terms:
            match = regex.search(text)
            if match:
                start, end = max(match.start() - 30, 0), min(match.end() + 30, len(text))
                found.append((term, " ".join(text[start:end].split())))
        return found

    def domain_of(self, url):
        """The listed pattern the link's host matches, or None."""
        host = host_of(url)
        if not host:
            return None
        return next((p for p in self.domains if fnmatchcase(host, p)), None)


@dataclass
class _Block:
    tag: str
    hidden: bool
    text: int = 0
    link_text: int = 0
    links: int = 0


class HtmlScan(HTMLParser):
    """One pass over stored or imported HTML: text, links, image alts, hidden text, link blocks."""

    def __init__(self, own_hosts=()):
        super().__init__(convert_charrefs=True)
        self.own_hosts = {h.removeprefix("www.") for h in own_hosts}
        self.text, self.alts, self.links, self.link_titles = [], [], [], []
        self.hidden_text, self.link_blocks = [], []
        self._stack, self._link = [], None

    @property
    def _hidden(self):
        return any(block.hidden for block in self._stack)

    def handle_starttag(self, tag, attrs):
        attrs = {name: value or "" for name, value in attrs}
        hidden = (
            "hidden" in attrs
            or attrs.get("aria-hidden", "").lower() == "true"
            or bool(HIDING_STYLE.search(attrs.get("style", "")))
            or tag in ("noscript", "marquee")
        )
        if tag == "img":
            self.alts.append(attrs.get("alt", ""))
            return
        if tag in ("br", "hr", "input", "meta", "link", "source", "wbr"):
            return
        self._stack.append(_Block(tag, hidden))
        if tag == "a":
            self.link_titles.append(attrs.get("title", ""))
            href = attrs.get("href", "")
            host = host_of(href)
            outbound = bool(host) and host not in self.own_hosts
            self._link = [href, [], outbound]
            if outbound:
                for block in self._stack:
                    block.links += 1

    def handle_data(self, data):
        if self._hidden and data.strip():
            self.hidden_text.append(" ".join(data.split()))
        self.text.append(data)
        size = len(data.strip())
        for block in self._stack:
            block.text += size
        if self._link is not None:
            self._link[1].append(data)
            if self._link[2]:
                for block in self._stack:
                    block.link_text += size

    def handle_endtag(self, tag):
        if tag == "a" and self._link is not None:
            href, parts, outbound = self._link
            self.links.append((href, " ".join("".join(parts).split()), outbound, self._hidden))
            self._link = None
        while self._stack:
            block = self._stack.pop()
            if block.tag == tag:
                self._close(block)
                break
            self._close(block)

    def _close(self, block):
        if block.tag not in BLOCK_TAGS or block.links < LINK_BLOCK_MIN:
            return
        if block.link_text >= LINK_BLOCK_SHARE * max(block.text, 1):
            self.link_blocks.append(block.links)
            # Counted once: the enclosing blocks do not report the same links again.
            for outer in self._stack:
                outer.links -= block.links

    def close(self):
        super().close()
        while self._stack:
            self._close(self._stack.pop())


def scan_html(html, own_hosts=()):
    """Parse HTML once for the guard."""
    scan = HtmlScan(own_hosts)
    scan.feed(html or "")
    scan.close()
    return scan


def link_text_of(url):
    """A link's address as words the term list can match ("/slot-gacor-88" -> "slot gacor 88")."""
    return unquote(url or "")
