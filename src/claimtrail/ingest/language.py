"""Language identification per article: a fast function-word vote for Dutch and English, the two
languages claimtrail analyses, and py3langid (a model shipped inside the package) for everything else."""

from __future__ import annotations

import py3langid

from claimtrail.model import folded_words

# Frequent function words of each language, leaving out those the languages share (in, is, was, had,
# die). A text is decided by the vote only when one language clearly dominates; anything closer goes to
# the statistical model.
_FUNCTION_WORDS = {
    "nl": set(
        "de het een van en dat op te zijn voor met niet ook er aan door als bij om maar naar werd "
        "wordt zou heeft hebben dit deze die nog al tot uit over zich wel geen meer dan volgens".split()
    ),
    "en": set(
        "the of and to a that for it on with as by at from has have be this which are were "
        "not but or an said will would their its they he she".split()
    ),
    "de": set(
        "der die das und nicht ist ein eine mit auf sich auch dem den des von zu im für wurde wird hat "
        "sind war dass nach bei einem einer noch".split()
    ),
}
_LANGUAGE_OF = {word: lang for lang, vocab in _FUNCTION_WORDS.items() for word in vocab if word != "die"}
_SAMPLE_WORDS = 150  # for the vote
_SAMPLE_CHARS = 800  # for the model


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language ('nl', 'en', 'de', 'fr', ...), or '' for no words."""
    words = folded_words(text)[:_SAMPLE_WORDS]  # "dat," misses the vote: enough others remain
    if not words:
        return ""
    votes = dict.fromkeys(_FUNCTION_WORDS, 0)
    for word in words:
        lang = _LANGUAGE_OF.get(word)
        if lang:
            votes[lang] += 1
    (best, lang), (second, _) = sorted(((count, lang) for lang, count in votes.items()), reverse=True)[:2]
    if lang in ("nl", "en") and len(words) >= 20 and best >= 0.15 * len(words) and best >= 2 * second:
        return lang
    detected, _score = py3langid.classify(text[:_SAMPLE_CHARS])
    return str(detected)
