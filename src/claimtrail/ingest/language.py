"""Language identification per article: a fast function-word vote for Dutch and English, the two
languages claimtrail analyses, and py3langid (a model shipped inside the package) for everything else."""

from __future__ import annotations

import re

import py3langid

# The most frequent function words of each language. A text is decided by the vote only when one of
# these languages clearly dominates; anything closer goes to the statistical model.
_FUNCTION_WORDS = {
    "nl": set(
        "de het een van en in is dat op te zijn voor met niet ook er aan door als bij om maar naar werd "
        "wordt zou heeft hebben dit deze die nog al tot uit over zich wel geen meer dan volgens".split()
    ),
    "en": set(
        "the of and to a in is that for it was on with as by at from has have had be this which are were "
        "not but or an said will would their its they he she".split()
    ),
    "de": set(
        "der die das und nicht ist ein eine mit auf sich auch dem den des von zu im für wurde wird hat "
        "sind war dass nach bei einem einer noch".split()
    ),
}
_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE_WORDS = 200
_SAMPLE_CHARS = 1000


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language ('nl', 'en', 'de', 'fr', ...), or '' for no words."""
    words = [w.lower() for w in _WORD.findall(text[: _SAMPLE_CHARS * 2])[:_SAMPLE_WORDS]]
    if not words:
        return ""
    scores = sorted(
        ((sum(w in vocab for w in words) / len(words), lang) for lang, vocab in _FUNCTION_WORDS.items()),
        reverse=True,
    )
    (best, lang), (second, _) = scores[0], scores[1]
    if lang in ("nl", "en") and len(words) >= 20 and best >= 0.2 and best >= 2.5 * second:
        return lang
    detected, _score = py3langid.classify(text[:_SAMPLE_CHARS])
    return str(detected)
