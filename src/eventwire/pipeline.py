"""The journey of a batch of reports, top to bottom.

read → clean → annotate (spaCy) → find events → code them (actors, fatalities, date)
     → place them → [story: repeated passages, merge across sources, quotes, claims]
"""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from . import events as ev
from . import geo, story
from .casing import restore_case
from .clean import blank, clean_text, join_wrapped_lines
from .datelines import dateline_spans
from .events.actors import find_actors
from .events.days import Days, by_day, days_told, part, share
from .events.detect import CROWD_VIOLENCE
from .events.taxonomy import type_of
from .followups import drop_told_sums, join_followups, same_strikers
from .geo import Gazetteer
from .geo.names import NAME
from .geo.recognize import told_by_nationality
from .geo.whereabouts import OVERRULE, country_evidence, guess_country
from .nlp import annotate, load_nlp, mark_places, paragraph_end, text_of
from .notes import write_notes
from .records import (
    ActorCoding,
    Article,
    Event,
    EventDate,
    EventMention,
    Evidence,
    Fatalities,
    Location,
    Place,
    Rejected,
    SourceRef,
    Span,
    Toponym,
    interaction,
)
from .story_result import Story

__all__ = ["Resources", "Story", "analyze", "extract", "geoparse"]

Progress = Callable[[int], None]


@dataclass
class Resources:
    """The heavy things, loaded once and passed in."""

    nlp: Language
    gazetteer: Gazetteer

    @classmethod
    def load(cls) -> Resources:
        return cls(nlp=load_nlp(), gazetteer=Gazetteer.load())


@dataclass
class AnalysedArticle:
    article: Article
    doc: Doc
    toponyms: list[Toponym]
    events: list[Event]


def analyse(
    articles: Sequence[Article], resources: Resources, progress: Progress | None = None
) -> list[AnalysedArticle]:
    """Clean, annotate, geoparse and code every article (no cross-article work). A passage
    a page repeats (a subtitle copied from its body) is read once."""
    cleaned = (
        readable(blank(clean_text(a.text), story.page_repeats(a)), resources.gazetteer)
        for a in articles
    )
    out: list[AnalysedArticle] = []
    for article, doc in zip(articles, annotate(resources.nlp, cleaned), strict=True):
        toponyms = geo.geoparse(doc, resources.gazetteer)
        focus, sure = report_home(doc, toponyms)
        if focus is not None:
            toponyms = geo.geoparse(doc, resources.gazetteer, focus)
        mark_places(doc, [(t.start, t.end) for t in toponyms if _a_town_or_region(t)])
        coded: list[Event] = []
        runs: dict[str, Days] = {}  # events told over several days, by event id
        for mention in ev.detect_events(doc):
            found = code_mention(
                article, doc, mention, toponyms, resources.gazetteer, focus, abroad=not sure
            )
            if mention.sub_event_type in SPLIT_BY_DAY:
                days = days_told(text_of(doc)[mention.start : mention.end])
                if days is not None:
                    runs.update((event.event_id, days) for event in found)
            coded += found
        # Aggregates, background and captions go first, so no continuation borrows from them.
        # (as read: a hard-wrapped line is no caption; a report in capitals has its case)
        read = dataclasses.replace(article, text=text_of(doc))
        events = drop_told_sums(story.screen_events(coded, [read]), read.text)
        events = join_followups(events, read.text)
        events = story.drop_standfirsts(story.drop_summaries(events, read.text), read.text)
        # (deeds long before go before retold ones are merged: "the uprising of July and
        # August 2024 in which hundreds were killed" is no retelling of Sunday's clash)
        events = story.drop_long_before(
            _day_by_day(events, runs, article.published), article.published, read.text
        )
        events = same_strikers(story.merge_retold(events, read.text), coded)
        if focus is not None:
            _country_evidence(events, text_of(doc), resources.gazetteer)
        events = [_quoted_as_given(e, article) for e in events]
        out.append(AnalysedArticle(article, doc, _named_as_given(toponyms, article), events))
        if progress:
            progress(1)
    return out


def _a_town_or_region(toponym: Toponym) -> bool:
    place = toponym.place
    return place is not None and (place.feature_class == "P" or place.feature_code == "ADM1")


def readable(text: str, gazetteer: Gazetteer) -> str:
    """A cleaned text as spaCy should read it: paragraphs written in capitals given their
    case back, then hard-wrapped paragraphs joined (the text's length and offsets kept)."""
    return join_wrapped_lines(restore_case(text, gazetteer))


def _quoted_as_given(event: Event, article: Article) -> Event:
    """The event with its evidence quoting the article as given: the text was read with
    its case restored and its wrapped lines joined, but every span points into the
    original, which is what a reader checks it against."""
    return dataclasses.replace(
        event,
        evidence=[
            dataclasses.replace(ev, text=article.text[ev.start : ev.end])
            if ev.article_id == article.article_id
            else ev
            for ev in event.evidence
        ],
    )


def _named_as_given(toponyms: list[Toponym], article: Article) -> list[Toponym]:
    """Place names as the article writes them (see `_quoted_as_given`)."""
    return [dataclasses.replace(t, text=article.text[t.start : t.end]) for t in toponyms]


def _country_evidence(events: list[Event], text: str, gazetteer: Gazetteer) -> None:
    """An event placed in a country only, for want of a known place, shows the words that
    point to that country ("MDC activists": Zimbabwe) as the country's evidence."""
    for event in events:
        if not event.country or any(e.field == "location" for e in event.evidence):
            continue
        code = gazetteer.country_code(event.country)
        if not code:
            continue
        # the country's name, else its nationality word, else the names the guesser weighed
        named = re.search(rf"(?<![\w-]){re.escape(event.country)}(?![\w-])", text)
        found = (
            named.span()
            if named
            else told_by_nationality(text, code) or country_evidence(text, code)
        )
        if found is not None:
            start, end = found
            article_id = event.sources[0].article_id
            event.evidence.append(Evidence("country", article_id, start, end, text[start:end]))


#: Names of local government units used in one country only ("Logo LGA": Nigeria's).
_LOCAL_UNITS = (
    (re.compile(r"\bLGAs?\b|\bLocal Government Areas?\b"), "Nigeria"),
    (re.compile(r"\b(?:[Ww]oredas?|[Kk]ebeles?)\b"), "Ethiopia"),
    (re.compile(r"\b[Uu]pazilas?\b"), "Bangladesh"),
    (re.compile(r"\b[Bb]arangays?\b"), "Philippines"),
)


def report_home(doc: Doc, toponyms: list[Toponym]) -> tuple[str | None, bool]:
    """The country a report naming none is about (`forces_home`, else `overruling_guess`),
    and whether it is sure enough that its towns abroad are namesakes (the latter)."""
    home = forces_home(doc, toponyms)
    if home is not None:
        return home, False
    home = overruling_guess(doc, toponyms)
    return home, home is not None


def forces_home(doc: Doc, toponyms: list[Toponym]) -> str | None:
    """The country whose forces a report names ("SAF bomb Kalo", "FARDC soldiers clashed
    ..."), or whose kind of local government unit it names ("Logo LGA"), when it names no
    country itself: the country its small places are looked for in first, and its events'
    country when none of them is known. A report naming no place the gazetteer knows (or
    small towns only), and neither, gets the country its words point to, when they point to
    one clearly enough (`geo.whereabouts`: "Transrail workers went on strike"), else the
    country where the armed group it names mostly fights ("Boko Haram attacked Danke near
    Kolofata" is told in Cameroon's words, though the group is Nigeria's)."""
    filed = dateline_spans(text_of(doc))
    if any(
        t.place is not None
        and t.place.feature_code.startswith("PCL")
        # (a dateline's country tells where the report was filed: "DAKAR, Senegal (AP) -")
        and not any(s <= t.start < e for s, e in filed)
        for t in toponyms
    ):
        return None
    # small towns alone (often namesakes abroad of villages the gazetteer lacks: "Bula")
    # say less of where a report is than an armed group that fights in one country
    placeless = not any(t.place is not None and _telling(t.place) for t in toponyms)
    home = ev.forces_country(doc)
    home = home or next((c for word, c in _LOCAL_UNITS if word.search(doc.text)), None)
    if home is None and placeless:
        # (a group active across borders says where only a report naming no known place
        # at all is: "two men suspected of collaborating with ADF rebels were lynched ... in
        # Bundibugyo District" is in Uganda)
        nowhere = not any(t.place is not None for t in toponyms)
        home = guess_country(text_of(doc)) or ev.forces_country(doc, placeless=nowhere)
    return home


def overruling_guess(doc: Doc, toponyms: list[Toponym]) -> str | None:
    """The country a report naming towns but no country is about when its words say so
    surely (`whereabouts.OVERRULE`) and its towns lie elsewhere or in several countries:
    they are namesakes abroad of places the gazetteer lacks ("Medina District" in a
    Mogadishu report), or one is ("Benghazi" and a "Hawari" read as Kuwait's Hawalli). A
    capital named is meant ("Zanu PF supporters rallied in Nairobi"), and the words of the
    armed groups it names are not read: they fight across borders ("Al Shabaab attacked a
    police post in Mandera" is in Kenya)."""
    if any(
        t.place is not None
        and (t.place.feature_code.startswith("PCL") or t.place.feature_code == "PPLC")
        for t in toponyms
    ):
        return None
    chars = list(text_of(doc))
    for actor in find_actors(doc, 0, len(chars)):
        chars[actor.start : actor.end] = " " * (actor.end - actor.start)
    guess = guess_country("".join(chars), OVERRULE)
    named = {t.place.country_code for t in toponyms if t.place is not None}
    return guess if guess is not None and (guess not in named or len(named) > 1) else None


#: A town this big says where a report is, whatever group it names.
TELLING_POPULATION = 100_000


def _telling(place: Place) -> bool:
    return place.feature_class != "P" or place.population >= TELLING_POPULATION


def code_mention(
    article: Article,
    doc: Doc,
    mention: EventMention,
    toponyms: list[Toponym],
    gazetteer: Gazetteer,
    focus: str | None = None,
    *,
    abroad: bool = True,
) -> list[Event]:
    """Code one event mention; a mention naming several places gives one event per place.
    `focus`: the country the report is about when it names none (`forces_home`); `abroad`:
    whether its towns abroad may be the event's (as `geo.locate`)."""
    when = ev.resolve_date(doc, mention, article.published)
    deaths = ev.count_fatalities(doc, mention)
    places = geo.locate(doc, mention, toponyms, gazetteer, focus, abroad=abroad)
    tolls = [deaths] if len(places) == 1 else [place_toll(doc, mention, w, deaths) for w in places]
    if deaths.fatalities and not any(t.fatalities for t in tolls):
        # the toll is told in a sentence of its own ("Fourteen insurgents were killed in the
        # fighting"): it belongs to the place the passage opens with
        tolls[0] = deaths
    tolls = clause_tolls(doc, places, tolls, deaths)
    tolls = share_between_places(doc, places, tolls, deaths)
    events = []
    for where, toll in zip(places, tolls, strict=True):
        told = _calm_where_told(doc, mention, places, where)
        actors = ev.code_actors(doc, told, where.country)
        actors = ev.in_power(actors, when.date or article.published, where.country)
        actors = ev.dated_actors(actors, when.date or article.published, article.published)
        actors = ev.branch_actors(actors, where)
        events.append(
            build_event(
                article,
                _taken_abroad(told, actors, text_of(doc), where.country),
                when,
                where,
                actors,
                toll,
            )
        )
    return events


def _calm_where_told(
    doc: Doc, mention: EventMention, places: list[Location], where: Location
) -> EventMention:
    """A demonstration told in several places of one sentence, the crowd's violence told in
    another place's clause only ("Thousands ... took to the streets of Sulaimani ..., while
    a protest in the town of Kalar turned violent, with demonstrators pelting a government
    building with stones"): a peaceful protest where its own clause tells none."""
    if mention.sub_event_type != VIOLENT or len(places) < 2 or where.span is None:
        return mention
    span = doc.char_span(mention.trigger.start, mention.trigger.end, alignment_mode="expand")
    if span is None:
        return mention
    start, end = span.sent.start_char, span.sent.end_char
    spans = [w.span for w in places if w.span is not None]
    if not all(start <= s.start < end for s in spans):
        return mention  # (the violence may be told of them all in another sentence)
    text = text_of(doc)
    turns = [m.start() for m in _A_TURN.finditer(text, start, end)]
    if not turns:
        return mention
    bounds = [start, *turns, end]
    clauses = list(itertools.pairwise(bounds))

    def violent(pos: int) -> bool:
        a, b = next(((a, b) for a, b in clauses if a <= pos < b), (pos, pos))
        return bool(CROWD_VIOLENCE.search(text, a, b) or _TURNED_VIOLENT.search(text, a, b))

    others = [s.start for s in spans if s is not where.span]
    if violent(where.span.start) or not any(violent(pos) for pos in others):
        return mention
    return _retyped(mention, PEACEFUL)


def _retyped(mention: EventMention, sub_event_type: str) -> EventMention:
    """The mention coded as another sub-event type (and the type and disorder it has)."""
    event_type, disorder = type_of(sub_event_type)
    return dataclasses.replace(
        mention, event_type=event_type, sub_event_type=sub_event_type, disorder_type=disorder
    )


VIOLENT = "Violent demonstration"
PEACEFUL = "Peaceful protest"
#: Where a sentence turns to another place's crowd: ", while", ", whereas", ", but", ";".
_A_TURN = re.compile(r",\s+(?:while|whereas|but)\b|;")
_TURNED_VIOLENT = re.compile(r"\bturned violent\b", re.IGNORECASE)


def _taken_abroad(
    mention: EventMention, actors: ActorCoding, text: str, country: str | None
) -> EventMention:
    """Civilians a foreign state's forces detain outside its own country ("Israeli troops
    detained a shepherd on the outskirts of Shebaa"): ACLED's arrests are a state's, or a
    controlling group's, on its own ground; this is an abduction (not a raid on a group's
    suspects: "coalition forces arrested three men suspected of belonging to IS cells").
    Ground such forces take from the country's own forces is overtaken, not regained; men
    any side but the state's forces held, nothing known of them since, disappeared."""
    first, second = actors.actor1, actors.actor2
    if (
        mention.sub_event_type == "Government regains territory"
        and first is not None
        and first.inter == 8
        and second is not None
        and second.inter == 1
    ):
        # a foreign state's forces taking ground from the country's own ("Russian forces
        # have captured the village ... Ukrainian troops had pulled back"): ACLED's
        # overtaking of territory, which a government regains only on its own soil
        return _retyped(mention, _OVERTAKES)
    if mention.sub_event_type != "Arrests" or first is None:
        return mention
    # (told in the sentence after, too: "Their families have not heard from them since")
    if first.inter != 1 and _DISAPPEARED.search(
        text, mention.start, paragraph_end(text, mention.start, mention.end)
    ):
        # men held by an armed group, nothing known of them since ("the Rapid Support Forces
        # detained four local volunteers ..., adding that their whereabouts remained
        # unknown"): a forced disappearance
        return _retyped(mention, ABDUCTION)
    if (
        first.inter == 8
        and second is not None
        and second.inter == 7
        and not _SUSPECTS.search(text, mention.start, mention.end)
        # (an occupier's arrests on the ground it holds are arrests: the West Bank's)
        and not ev.occupied(country)
    ):
        return _retyped(mention, ABDUCTION)
    return mention


ABDUCTION = "Abduction/forced disappearance"
_OVERTAKES = "Non-state actor overtakes territory"
#: Words of people held and not heard of since.
_DISAPPEARED = re.compile(
    r"\bwhereabouts (?:remain(?:ed|s)?|are|were|is|was) (?:still )?unknown\b|"
    r"\b(?:have|has) not been (?:seen|heard from) since\b|\b(?:have|has) not heard from "
    r"(?:them|him|her) since\b|\bno (?:news|word|information) (?:of|about) "
    r"(?:them|him|her)\b",
    re.IGNORECASE,
)
#: Those detained as a group's members or suspects.
_SUSPECTS = re.compile(
    r"\b(?:suspect\w*|militants?|members?|cells?|fighters?|wanted|operatives?|commanders?)\b",
    re.IGNORECASE,
)


def _day_by_day(events: list[Event], runs: dict[str, Days], published: date | None) -> list[Event]:
    """Fighting told over several days: one event a day, the toll shared (ACLED's way)."""
    out: list[Event] = []
    for event in events:
        days = runs.get(event.event_id)
        out += by_day(event, days, published) if days is not None else [event]
    return out


#: Sub-types whose events ACLED codes day by day when a report tells several days of them
#: (not an abduction "held for three days", nor a protest).
SPLIT_BY_DAY = frozenset(
    {"Armed clash", "Government regains territory", "Non-state actor overtakes territory",
     "Air/drone strike", "Shelling/artillery/missile attack", "Attack"}
)  # fmt: skip


def place_toll(doc: Doc, mention: EventMention, where: Location, deaths: Fatalities) -> Fatalities:
    """A passage naming several places: each place's toll is read from its own sentence
    ("Four were killed in Ariha. Three died in Saraqib"), the passage's toll otherwise."""
    if where.span is None:
        return deaths
    sentence = next((s for s in doc.sents if s.start_char <= where.span.start < s.end_char), None)
    if sentence is None:
        return deaths
    # "Eleven were killed in Dablo and seven in nearby Pensa": each place its clause's dead
    own_clause = ev.toll_at(sentence.text, sentence.start_char, where.span.start)
    if own_clause is not None:
        return own_clause
    if (sentence.start_char, sentence.end_char) == (mention.start, mention.end):
        return deaths
    # the place's own sentence, else a later one of the passage naming it again ("Jets struck
    # A and B. Five were killed in A. Two died in B.")
    named = re.compile(rf"(?<![\w-]){re.escape(where.span.text)}(?![\w-])")
    toll = None
    for sent in doc.sents:
        if sent.start_char < sentence.start_char or sent.end_char > mention.end:
            continue
        again = named.search(sent.text)
        if sent.start_char != sentence.start_char and not again:
            continue
        if again and sent.start_char != sentence.start_char:
            clause = ev.toll_at(sent.text, sent.start_char, sent.start_char + again.start())
            if clause is not None:
                return clause
        own = dataclasses.replace(mention, start=sent.start_char, end=sent.end_char)
        toll = ev.count_fatalities(doc, own)
        if toll.fatalities:
            return toll
    return toll or deaths


#: Where a sentence's clauses part: ", and", ", while", ", but", ";".
_CLAUSE_CUT = re.compile(r",\s+(?:and|while|but|whereas)\s+|;\s+")


def clause_tolls(
    doc: Doc, places: list[Location], tolls: list[Fatalities], deaths: Fatalities
) -> list[Fatalities]:
    """A sentence telling a deed at one place and deaths at another, each in a clause of
    its own ("police fired tear gas at protesters in central Nairobi, and two people were
    shot dead in Kisumu"): the place whose clause tells no deaths has none."""
    if (
        len(places) < 2
        or not deaths.fatalities
        or not deaths.spans
        or any(t != deaths for t in tolls)
        or any(w.span is None for w in places)
    ):
        return tolls
    clauses = {_clause_at(doc, w.span.start) for w in places if w.span is not None}
    dead = {_clause_at(doc, s.start) for s in deaths.spans}
    if None in clauses | dead or not dead <= clauses or len(clauses) < 2:
        return tolls  # (deaths told apart from every place, or one clause for all)
    return [
        t if w.span is not None and _clause_at(doc, w.span.start) in dead else _NONE
        for w, t in zip(places, tolls, strict=True)
    ]


_NONE = Fatalities(0, None, None, None)


def _clause_at(doc: Doc, pos: int) -> tuple[int, int] | None:
    sent = next((s for s in doc.sents if s.start_char <= pos < s.end_char), None)
    if sent is None:
        return None
    cuts = [sent.start_char]
    cuts += [sent.start_char + m.end() for m in _CLAUSE_CUT.finditer(sent.text)]
    cuts.append(sent.end_char)
    return next((a, b) for a, b in itertools.pairwise(cuts) if a <= pos < b)


def share_between_places(
    doc: Doc, places: list[Location], tolls: list[Fatalities], deaths: Fatalities
) -> list[Fatalities]:
    """Places named as one list that all carry the passage's one toll ("killed 29
    militants in Arish, Rafah and Sheikh Zuweid") share it evenly, the remainder to the
    first named (ACLED's practice), so that their events add up to the toll told. A
    place and the region it is in ("Aba, Abia State"), a road's two ends or a boundary's
    two sides are no list."""
    if ev.unknown_number(deaths.fatalities, deaths.low, deaths.high):
        return tolls  # deaths told with no number: each place has an unknown number
    # (`place_toll` hands back the passage's own toll for a place with none of its own)
    sharing = [i for i, toll in enumerate(tolls) if toll is deaths]
    if len(sharing) < 2 or not _listed([places[i].span for i in sharing], doc.text):
        return tolls
    out = list(tolls)
    for rank, i in enumerate(sharing):
        out[i] = dataclasses.replace(
            deaths,
            fatalities=share(deaths.fatalities, rank, len(sharing)),
            low=part(deaths.low, rank, len(sharing)),
            best=part(deaths.best, rank, len(sharing)),
            high=part(deaths.high, rank, len(sharing)),
            shared=(deaths.fatalities, len(sharing)),
        )
    return out


#: The last join of a list; its names (`NAME`) may be unknown to the gazetteer ("Shettimari,
#: Hong and Biladdili").
_AND = r"(?:and|or|as well as)\s+"
#: What joins two names of one list: "A, B", "A and B", "A, X, and B" (X unknown).
_LIST_JOIN = re.compile(rf"(?:,\s*{NAME})*(?:,\s*|,?\s+{_AND})")
#: "on the boundary between Borno and Yobe states": one place, not two.
_BETWEEN = re.compile(r"\b(?:between|from)\s+(?:the\s+)?$", re.IGNORECASE)
#: A list going on after its last known name: "A, B and X".
_LIST_TAIL = re.compile(rf"(?:,\s*{NAME})*,?\s+{_AND}{NAME}")


def _listed(spans: list[Span | None], text: str) -> bool:
    """The names follow each other as one list ending in "and"/"or"."""
    if any(span is None for span in spans):
        return False
    ordered = sorted((s for s in spans if s is not None), key=lambda s: s.start)
    if _BETWEEN.search(text, 0, ordered[0].start):
        return False
    joins = [text[a.end : b.start] for a, b in itertools.pairwise(ordered)]
    if not all(_LIST_JOIN.fullmatch(j) for j in joins):
        return False
    ends = re.search(rf"\b{_AND}$", joins[-1]) or _LIST_TAIL.match(text, ordered[-1].end)
    return ends is not None


def build_event(
    article: Article,
    mention: EventMention,
    when: EventDate,
    where: Location,
    actors: ActorCoding,
    deaths: Fatalities,
) -> Event:
    """Assemble the contract record and its evidence from the coded parts."""
    a1, a2 = actors.actor1, actors.actor2
    inter1 = a1.inter if a1 else None
    inter2 = a2.inter if a2 else None
    event = Event(
        event_id=event_id(article.article_id, mention, where),
        event_date=when.date.isoformat() if when.date else None,
        time_precision=when.precision,
        event_type=mention.event_type,
        sub_event_type=mention.sub_event_type,
        disorder_type=mention.disorder_type,
        actor1=a1.name if a1 else None,
        actor2=a2.name if a2 else None,
        assoc_actor_1="; ".join(a.name for a in actors.assoc_actor_1) or None,
        assoc_actor_2="; ".join(a.name for a in actors.assoc_actor_2) or None,
        inter1=inter1,
        inter2=inter2,
        interaction=interaction(inter1, inter2),
        country=where.country,
        iso3=where.iso3,
        admin1=where.admin1,
        admin2=where.admin2,
        location=where.name,
        latitude=where.latitude,
        longitude=where.longitude,
        geonameid=where.place.geonameid if where.place else None,
        geo_precision=where.precision if where.name or where.country else None,
        fatalities=deaths.fatalities,
        fatalities_low=deaths.low,
        fatalities_best=deaths.best,
        fatalities_high=deaths.high,
        notes="",
        sources=[SourceRef.of(article)],
        evidence=[],
        confidence=mention.confidence,
        source_fatalities={article.article_id: deaths.fatalities} if deaths.spans else {},
    )
    event.evidence = evidence_for(article.article_id, mention, when, where, actors, deaths)
    start = _past_dateline(article.text, mention.start)
    event.notes = write_notes(event, article.text[start : mention.end], deaths.shared)
    return event


def _past_dateline(text: str, start: int) -> int:
    """A passage's start moved past the dateline it opens inside ("BOGOTA | , Colombia
    (Reuters) - Four soldiers ...", as spaCy may cut it): the notes quote the report."""
    return next((end for s, end in dateline_spans(text) if s <= start < end), start)


def evidence_for(
    article_id: str,
    mention: EventMention,
    when: EventDate,
    where: Location,
    actors: ActorCoding,
    deaths: Fatalities,
) -> list[Evidence]:
    spans: list[tuple[str, Span | None]] = [
        ("event_type", mention.trigger),
        ("event_date", when.span),
        ("location", where.span),
        ("actor1", actors.actor1.span if actors.actor1 else None),
        ("actor2", actors.actor2.span if actors.actor2 else None),
    ]
    spans += [("assoc_actor_1", a.span) for a in actors.assoc_actor_1]
    spans += [("assoc_actor_2", a.span) for a in actors.assoc_actor_2]
    spans += [("fatalities", s) for s in deaths.spans]
    return [
        Evidence(name, article_id, span.start, span.end, span.text)
        for name, span in spans
        if span is not None
    ]


def event_id(article_id: str, mention: EventMention, where: Location) -> str:
    """Stable id: the same mention of the same article at the same place → the same id."""
    place = str(where.place.geonameid) if where.place else (where.name or "")
    key = f"{article_id}|{mention.start}|{mention.sub_event_type}|{place}"
    return "ev-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def extract(
    items: Iterable[Article | Rejected],
    resources: Resources,
    progress: Progress | None = None,
) -> Story:
    """Per-article extraction only: events as each article reports them."""
    articles, rejected = split(items)
    analysed = analyse(articles, resources, progress)
    return Story(
        articles=articles,
        rejected=rejected,
        events=[e for a in analysed for e in a.events],
        toponyms={a.article.article_id: a.toponyms for a in analysed},
    )


def analyze(
    items: Iterable[Article | Rejected],
    resources: Resources,
    progress: Progress | None = None,
) -> Story:
    """The story view: extraction, then repeated passages, merging, quotes and claims."""
    articles, rejected = split(items)
    analysed = analyse(articles, resources, progress)
    quotes = story.resolve_speakers(
        [q for a in analysed for q in story.extract_quotes(a.doc, a.article)],
        [(a.article, a.doc) for a in analysed],
    )
    claims = [
        c
        for a in analysed
        for c in story.extract_claims(
            a.doc, a.article, [q for q in quotes if q.article_id == a.article.article_id]
        )
    ]
    # quoted as the articles write them (see `_quoted_as_given`)
    given = {a.article_id: a.text for a in articles}
    quotes = [dataclasses.replace(q, quote=given[q.article_id][q.start : q.end]) for q in quotes]
    claims = [dataclasses.replace(c, text=given[c.article_id][c.start : c.end]) for c in claims]
    return Story(
        articles=articles,
        rejected=rejected,
        events=story.merge_events([e for a in analysed for e in a.events], articles, screen=False),
        toponyms={a.article.article_id: a.toponyms for a in analysed},
        quotes=quotes,
        claims=claims,
        disagreements=story.find_disagreements(claims),
        duplicates=story.find_duplicates(articles),
    )


def split(items: Iterable[Article | Rejected]) -> tuple[list[Article], list[Rejected]]:
    articles: list[Article] = []
    rejected: list[Rejected] = []
    for item in items:
        (articles if isinstance(item, Article) else rejected).append(item)  # type: ignore[arg-type]
    return articles, rejected


def geoparse(items: Iterable[Article | Rejected], resources: Resources) -> Story:
    """Toponyms only: no event coding."""
    articles, rejected = split(items)
    docs = annotate(
        resources.nlp, (readable(clean_text(a.text), resources.gazetteer) for a in articles)
    )
    toponyms = {
        a.article_id: _named_as_given(geo.geoparse(doc, resources.gazetteer), a)
        for a, doc in zip(articles, docs, strict=True)
    }
    return Story(articles=articles, rejected=rejected, toponyms=toponyms)
