"""Frog's socket answer read into a `Doc`, from bytes captured from a real `frog -S` server (Frog 0.20,
Debian bookworm); the live round trip runs only where Frog is installed (`-m slow`: it starts in ~25 s)."""

from __future__ import annotations

import shutil

import pytest

from claimtrail.nlp.frog_backend import FrogBackend, cgn_to_upos, read_frog_output

TEXT = "Premier Rutte zei dinsdag in Den Haag dat Rusland de aanval ontkent.  Het Kremlin reageerde niet."
# what `frog -S 12345` answered to TEXT + "\nEOT\n" (tabs kept)
CAPTURED = (
    "1\tPremier\tpremier\t[premier]\tN(soort,ev,basis,zijd,stan)\t0.945906\tO\tB-NP\t3\tsu\n"
    "2\tRutte\tRutte\t[Rutte]\tSPEC(deeleigen)\t1.000000\tB-PER\tB-NP\t1\tapp\n"
    "3\tzei\tzeggen\t[zeg]\tWW(pv,verl,ev)\t0.998967\tO\tB-VP\t0\tROOT\n"
    "4\tdinsdag\tdinsdag\t[dinsdag]\tSPEC(deeleigen)\t1.000000\tO\tB-NP\t3\tsu\n"
    "5\tin\tin\t[in]\tVZ(init)\t0.931125\tO\tB-PP\t3\tmod\n"
    "6\tDen_Haag\tDen_Haag\t[Den]_[Haag]\tSPEC(deeleigen)_SPEC(deeleigen)\t1.000000\tB-LOC_I-LOC\tB-NP_I-NP\t5\tobj1\n"
    "7\tdat\tdat\t[dat]\tVG(onder)\t0.740000\tO\tB-SBAR\t6\tmod\n"
    "8\tRusland\tRusland\t[Rusland]\tSPEC(deeleigen)\t1.000000\tB-LOC\tB-NP\t7\tbody\n"
    "9\tde\tde\t[de]\tLID(bep,stan,rest)\t0.997647\tO\tB-NP\t10\tdet\n"
    "10\taanval\taanval\t[aanval]\tN(soort,ev,basis,zijd,stan)\t0.998984\tO\tI-NP\t11\tsu\n"
    "11\tontkent\tontkennen\t[ont][ken][t]\tWW(pv,tgw,met-t)\t0.998612\tO\tB-VP\t0\tROOT\n"
    "12\t.\t.\t[.]\tLET()\t1.000000\tO\tO\t11\tpunct\n"
    "\n"
    "1\tHet\thet\t[het]\tLID(bep,stan,evon)\t0.854722\tO\tB-NP\t2\tdet\n"
    "2\tKremlin\tKremlin\t[Kremlin]\tSPEC(deeleigen)\t1.000000\tB-LOC\tI-NP\t3\tsu\n"
    "3\treageerde\treageren\t[reageer][de]\tWW(pv,verl,ev)\t0.998487\tO\tB-VP\t0\tROOT\n"
    "4\tniet\tniet\t[niet]\tBW()\t0.999881\tO\tB-ADVP\t3\tpc\n"
    "5\t.\t.\t[.]\tLET()\t1.000000\tO\tO\t4\tpunct\n"
    "\n"
    "READY\n"
    "\n"
    "\n"
)


def test_captured_answer_becomes_a_consistent_doc() -> None:
    doc = read_frog_output(TEXT, CAPTURED)
    doc.check()
    assert [t.text for t in doc.tokens][5:8] == ["Den", "Haag", "dat"]  # multi-word unit split
    assert len(doc.tokens) == 18 and [(s.start_token, s.end_token) for s in doc.sentences] == [
        (0, 13),
        (13, 18),
    ]
    assert [(e.text, e.label) for e in doc.entities] == [
        ("Rutte", "PER"),
        ("Den Haag", "LOC"),
        ("Rusland", "LOC"),
        ("Kremlin", "LOC"),
    ]
    zei, haag, dat = doc.tokens[2], doc.tokens[6], doc.tokens[7]
    assert (zei.lemma, zei.upos, zei.xpos, zei.is_root, zei.dep) == (
        "zeggen",
        "VERB",
        "WW(pv,verl,ev)",
        True,
        "root",
    )
    assert (haag.head, haag.dep) == (5, "mwp")
    assert doc.tokens[dat.head].text == "Den"  # Frog's head "6" is the unit Den_Haag, now its first word
    assert doc.tokens[0].head == 2 and doc.tokens[0].dep == "su"


def test_offsets_survive_changed_white_space() -> None:
    text = TEXT.replace(" ", "\n  ", 3)
    doc = read_frog_output(text, CAPTURED)
    doc.check()
    assert doc.tokens[3].text == "dinsdag" and doc.tokens[3].start == text.index("dinsdag")


@pytest.mark.parametrize(
    ("tag", "upos"),
    [
        ("N(soort,ev,basis,zijd,stan)", "NOUN"),
        ("N(eigen,ev,basis,onz,stan)", "PROPN"),
        ("SPEC(deeleigen)", "PROPN"),
        ("VNW(bez,det,stan,vol,3,mv,prenom,zonder,agr)", "DET"),
        ("VNW(pers,pron,nomin,vol,1,mv)", "PRON"),
        ("VG(onder)", "SCONJ"),
        ("VG(neven)", "CCONJ"),
        ("LET()", "PUNCT"),
        ("WW(pv,verl,ev)", "VERB"),
    ],
)
def test_cgn_tags_map_to_ud(tag: str, upos: str) -> None:
    assert cgn_to_upos(tag) == upos


@pytest.mark.slow
@pytest.mark.skipif(
    shutil.which("frog") is None, reason="Frog is not installed (apt-get install frog frogdata)"
)
def test_live_frog_server_round_trip() -> None:
    backend = FrogBackend()
    try:
        docs = list(backend.parse([TEXT, ""]))
    finally:
        backend.close()
    docs[0].check()
    assert "Rutte" in [e.text for e in docs[0].entities]
    assert docs[1].tokens == []
