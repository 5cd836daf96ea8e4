"""Wire reports written for the purpose: a story's second event told in a clause that dates
the first by it, landmarks, claims and blame, records and rumours, days of telling."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from eventwire.events.dates import find_dates
from eventwire.geo import Gazetteer, geoparse
from eventwire.pipeline import Resources, extract
from eventwire.read import dated
from eventwire.records import Article, Event

THURSDAY = date(2026, 11, 26)


def run(nlp: Language, gazetteer: Gazetteer, text: str) -> list[Event]:
    article = Article("a", text, "a.txt", published=THURSDAY)
    return extract([article], Resources(nlp, gazetteer)).events


def of_type(events: list[Event], sub: str) -> list[Event]:
    return [e for e in events if e.sub_event_type == sub]


def test_an_event_told_again_to_date_the_next_one_is_not_the_next_one(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "MAIDUGURI, Nigeria (AP) - Jihadist fighters attacked a military base in the town of "
        "Marte late on Wednesday, killing four soldiers in a gunfight, security sources said.\n\n"
        "The raid came a day after a female suicide bomber blew herself up at a tea stall in "
        "Konduga, about 25 kilometers southeast of the state capital, Maiduguri, on Tuesday "
        "evening. Police said six people were killed. A leader of the Civilian Joint Task "
        "Force, a local militia that fights alongside the military, said nine had died.\n",
    )
    bombs = of_type(events, "Suicide bomb")
    # one bombing, at Konduga (Maiduguri only says where Konduga is), no battle
    assert [(e.location, e.event_date, e.fatalities) for e in bombs] == [
        ("Konduga", "2026-11-24", 6)
    ]
    clashes = [e for e in events if e.event_type == "Battles"]
    assert [e.location for e in clashes] == ["Marte"]


def test_an_event_that_came_after_a_cause_is_still_told(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Taxi drivers staged a demonstration in Garowe on Monday. The protest came after the "
        "government banned taxis from the airport road. Police arrested some of the protesters.",
    )
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]


def test_a_landmark_a_namesake_abroad_could_not_lie_near_stays(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    # 600 km from Bangui: no Chinese "Diyag"; the event is placed by the landmark
    events = run(
        nlp,
        gazetteer,
        "LRA rebels abducted dozens of villagers during raids around Diya, about 600km east of "
        "Bangui, on Sunday.",
    )
    assert events and all(e.country == "Central African Republic" for e in events)


def test_a_group_that_claimed_the_assault_or_that_police_blame_is_its_side(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Jihadist fighters attacked a military base in Nigeria's Borno state late on Wednesday, "
        "killing four soldiers in a gunfight that lasted hours, security sources said.\n\n"
        "The assault on the base in the town of Marte was claimed by the Islamic State West "
        "Africa Province, known as ISWAP.\n",
    )
    (clash,) = [e for e in events if e.event_type == "Battles"]
    assert clash.actor2 is not None and "Islamist Militia" not in clash.actor2
    # the West African province (ACLED's name for it since 2019), not IS in Nigeria
    assert clash.actor2 == "Islamic State (West Africa)"
    events = run(
        nlp,
        gazetteer,
        "MOGADISHU (Reuters) - Several mortar rounds were fired late on Tuesday at the Halane "
        "base camp near Mogadishu's airport, which houses the African Union mission AUSSOM. "
        "Police spokesman Abdifatah Aden said the shells caused no casualties. He blamed "
        "al Shabaab.",
    )
    (shelling,) = of_type(events, "Shelling/artillery/missile attack")
    assert shelling.actor1 is not None and shelling.actor1.startswith("AUSSOM")
    assert shelling.actor2 == "Al Shabaab"


def test_the_town_a_side_is_headed_for_is_not_the_town_it_took(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "PORT SUDAN (Reuters) - The Rapid Support Forces took control of the town of Bara in "
        "North Kordofan state on Sunday after heavy fighting with the army, bringing the "
        "paramilitary closer to the state capital El Obeid.",
    )
    assert {e.location for e in events} == {"Barah"}


def test_another_sources_estimate_is_no_update_of_the_toll(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "A drone strike hit a livestock market in El Obeid on Wednesday, killing three "
        "civilians, the Sudan Doctors Network said. A state government official put the death "
        "toll at five and blamed the RSF.",
    )
    (strike,) = of_type(events, "Air/drone strike")
    assert strike.fatalities == 3


def test_rebels_killing_villagers_in_an_attack_is_no_battle(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Rebels kill a dozen in Congo village\n\n"
        "BENI, DR Congo (AFP) - Suspected Allied Democratic Forces (ADF) rebels killed at least "
        "a dozen civilians in an attack late on Tuesday on Mangina, a village in North Kivu "
        "province, the army and local sources said.\n\n"
        '"They went from house to house," army spokesman Jules Ngoy said, adding that troops '
        "had been deployed in pursuit of the assailants.\n\n"
        "A civil society leader said 17 bodies had been recovered by Wednesday afternoon and "
        "that several houses had been set on fire.\n\n"
        "The ADF pledged allegiance to the Islamic State group in 2019. It is accused of "
        "killing thousands of civilians in Beni and Lubero territories.\n",
    )
    assert [(e.sub_event_type, e.location, e.event_date) for e in events] == [
        ("Attack", "Mangina", "2026-11-24")
    ]


def test_a_day_something_stood_by_is_no_day_of_an_event() -> None:
    found = find_dates("17 bodies had been recovered by Wednesday afternoon", THURSDAY)
    assert found == []
    assert find_dates("as of Monday, 17 were dead", THURSDAY) == []
    assert [f[2] for f in find_dates("killed on Wednesday afternoon", THURSDAY)] == [
        date(2026, 11, 25)
    ]


def test_a_month_of_last_year_is_that_month() -> None:
    (found,) = find_dates("an attack near Pahalgam in April last year", THURSDAY)
    assert (found[2], found[3]) == (date(2025, 4, 15), 3)
    (found,) = find_dates("on 5 May last year", THURSDAY)
    assert found[2] == date(2025, 5, 5)


def test_the_same_fight_told_on_in_the_next_paragraph_on_its_day_is_one_event(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "ADDIS ABABA (Reuters) - Ethiopian federal troops recaptured the town of Mendi in "
        "western Oromia region on Monday from the rebel Oromo Liberation Army (OLA), residents "
        "said.\n\n"
        "Soldiers backed by armoured vehicles entered the town on Monday morning after several "
        "hours of fighting on its outskirts. At least eight people were killed.\n\n"
        'The OLA said in a statement on Tuesday that its fighters had "tactically withdrawn" '
        "from Mendi to spare civilians.\n",
    )
    assert [(e.sub_event_type, e.event_date, e.fatalities) for e in events] == [
        ("Government regains territory", "2026-11-23", 8)
    ]


def test_a_town_overrun_is_taken_whatever_the_parser_calls_its_name(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    # spaCy tags "Mendi" an organisation: the gazetteer knows it for a town
    events = run(nlp, gazetteer, "OLA fighters overran Mendi in western Ethiopia on Sunday.")
    assert [e.sub_event_type for e in events] == ["Non-state actor overtakes territory"]


def test_a_mission_taking_over_from_another_is_no_territory_and_a_war_aim_no_fight(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "A roadside bomb struck an army truck near Afgooye in Somalia on Wednesday, killing "
        "two soldiers, officials said.\n\n"
        "Al Shabaab has been fighting for years to topple Somalia's government. The African "
        "Union Support and Stabilization Mission in Somalia (AUSSOM) took over from its "
        "predecessor in January 2025.\n",
    )
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"]


def test_protests_since_a_past_one_are_a_record_and_their_toll_is_not_todays(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "NAIROBI (AP) - About 500 people marched peacefully to the county offices in Kisumu on "
        "Tuesday against a new fuel levy.\n\n"
        "Kenya has seen repeated waves of anti-government protests since demonstrations "
        "against a finance bill in June 2024, in which rights groups say at least 60 people "
        "were killed.\n",
    )
    (march,) = [e for e in events if e.location == "Kisumu"]
    assert march.fatalities == 0


def test_an_arrest_with_nobody_hurt_is_no_attack(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Police fired tear gas on Wednesday to disperse protesters in central Nairobi.\n\n"
        "Late on Wednesday, police arrested opposition lawmaker Dennis Karanja at his home in "
        "Nairobi, his lawyer said.\n",
    )
    (arrest,) = of_type(events, "Arrests")
    assert arrest.actor2 == "Civilians (Kenya)"
    assert not [e for e in events if e.event_type == "Violence against civilians"]


def test_a_day_said_to_be_a_deeds_is_its_day_and_a_named_town_is_not_the_desks(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "PORT-AU-PRINCE, Haiti (AP) - Members of a gang killed 12 people during an attack on "
        "the town of Petite-Rivière-de-l'Artibonite on Sunday, a rights group said.\n\n"
        "The network said that on Monday, gang members raped at least five women in the "
        "Artibonite region. On Tuesday, gunmen set fire to about 30 houses in the village of "
        "Liancourt, whose residents had already abandoned it.\n",
    )
    attack = of_type(events, "Attack")
    assert attack and attack[0].location != "Port-au-Prince"
    (rape,) = of_type(events, "Sexual violence")
    assert rape.event_date == "2026-11-23"
    (burning,) = of_type(events, "Looting/property destruction")
    assert burning.actor2 == "Civilians (Haiti)"


def test_a_rumours_deed_and_a_videos_subject_are_no_events(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "A mob beat a man to death in India's Jharkhand state late on Sunday after rumours "
        "spread that he was trying to abduct children, police said.\n\n"
        "Videos of the assault circulated widely online on Monday, prompting condemnation.\n",
    )
    assert [(e.sub_event_type, e.event_date) for e in events] == [("Attack", "2026-11-22")]


def test_victims_who_fought_back_were_in_a_fight(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Militiamen opened fire on herders travelling near the village of Dhilaalo in Somalia "
        "on Sunday, killing two of them. The herders shot back, forcing the attackers to "
        "retreat.",
    )
    assert events and all(e.event_type == "Battles" for e in events)


def test_a_claimed_bomb_told_as_fact_is_an_event_and_that_blast_is_its_toll(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "OUAGADOUGOU (Reuters) - Islamist militants attacked a military base in the northern "
        "Burkina Faso town of Djibo on Wednesday, killing at least 23 soldiers, security "
        "sources said.\n\n"
        'The army said its units had repelled the attack and inflicted "heavy losses" on the '
        "assailants.\n\n"
        "JNIM claimed responsibility for a roadside bomb that hit a military convoy on Tuesday "
        "about 20 km south of Gorom-Gorom.\n\n"
        "Four soldiers were killed and 11 wounded in that blast, a security source said.\n",
    )
    clash = [e for e in events if e.event_type == "Battles"]
    # the army's "heavy losses" (no figure) leaves the toll told
    assert [(e.location, e.fatalities) for e in clash] == [("Djibo", 23)]
    (bomb,) = [e for e in events if e.event_type == "Explosions/Remote violence"]
    assert (bomb.event_date, bomb.fatalities) == ("2026-11-24", 4)
    assert bomb.location == "Gorom-Gorom"


def test_captives_marched_off_and_a_purpose_are_no_events_and_the_overnight_raid_has_its_day(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Armed bandits have abducted at least 27 people in an overnight raid on Kaura Namoda, "
        "a town in Zamfara State, the police have said.\n\n"
        "The gunmen, who arrived on motorcycles at about 11 p.m. on Tuesday, went from house to "
        "house in the Sabon Gari area of the town, shooting sporadically before marching their "
        "captives into the forest.\n\n"
        '"The Command is combing the forests with a view to rescuing the victims and arresting '
        'the perpetrators," the statement read.\n',
    )
    assert [(e.sub_event_type, e.location, e.event_date) for e in events] == [
        ("Abduction/forced disappearance", "Kaura Namoda", "2026-11-24")
    ]


def test_marchers_from_several_towns_protest_where_they_marched(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "On Wednesday afternoon, hundreds of women from Kaura Namoda, Zurmi and Birnin Magaji "
        "marched to the Government House in Gusau, the Zamfara state capital, to demand action "
        "against bandits.",
    )
    assert [(e.sub_event_type, e.location) for e in events] == [("Peaceful protest", "Gusau")]


def test_a_group_named_by_the_report_is_its_own_actor(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Members of the Gran Grif gang killed 12 people in an attack on a town in Haiti's "
        "Artibonite region on Sunday.",
    )
    assert [(e.actor1, e.inter1) for e in events] == [("Gran Grif Gang", 3)]
    events = run(
        nlp,
        gazetteer,
        "BOGOTA (Reuters) - Colombia's government signed an agreement on Tuesday with the "
        "armed group Comuneros del Sur in the city of Pasto, officials said.",
    )
    (deal,) = events
    assert (deal.sub_event_type, deal.actor1) == ("Agreement", "Comuneros del Sur")
    assert deal.actor2 is not None and deal.actor2.startswith("Government of Colombia")


def test_a_second_sources_figure_for_the_same_deaths_is_not_added(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "CONAKRY (Reuters) - Guinean security forces fired live ammunition at a peaceful march "
        "in Conakry on Tuesday, killing at least one protester, the government said, while "
        "opposition groups said two young men were shot dead.\n\n"
        "Several thousand people had gathered in the Ratoma district to protest against power "
        "cuts. Witnesses said police opened fire as marchers tried to reach the highway.\n",
    )
    assert [(e.location, e.fatalities) for e in events] == [("Conakry", 1)]


def test_the_strike_the_next_paragraph_dates_and_the_regions_authorities_toll_are_the_ledes(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Port Sudan (AFP) - A drone strike blamed on the Rapid Support Forces hit a livestock "
        "market in the city of El-Obeid, killing at least 19 people, the health ministry said "
        "Wednesday.\n\n"
        "The strike on Tuesday afternoon was one of the deadliest on the capital of North "
        "Kordofan state.\n\n"
        "North Kordofan authorities initially put the death toll at 12 on Tuesday evening, but "
        "the toll rose to 19 on Wednesday as several of the more than 40 wounded died in "
        'hospital. "We heard the whistle, then a huge explosion," a trader said.\n',
    )
    assert [(e.sub_event_type, e.location, e.event_date, e.fatalities) for e in events] == [
        ("Air/drone strike", "El Obeid", "2026-11-24", 19)
    ]


def test_a_dateline_country_is_no_state_that_killed_and_a_seat_of_government_no_place(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "BENI, Democratic Republic of Congo, Nov 26 (Reuters) - Rebels from the Allied "
        "Democratic Forces (ADF) killed between 18 and 25 civilians in an attack late on "
        "Tuesday on a village in North Kivu province, a local army official said.\n\n"
        "Further south, fighters of the M23 rebel alliance captured the town of Nyabiondo in "
        "Masisi territory on Monday after hours of fighting with militias allied to the "
        "government in Kinshasa, residents said.\n",
    )
    attack = of_type(events, "Attack")
    assert [(e.actor1, e.fatalities) for e in attack] == [("ADF: Allied Democratic Forces", 18)]
    assert all(e.location != "Kinshasa" for e in events)


def test_a_groups_record_of_frequent_massacres_is_no_event(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Rebels killed 18 civilians in an attack on a village near Beni in Congo on Tuesday.\n\n"
        "The group has continued to carry out frequent massacres in North Kivu and "
        "neighbouring Ituri province.\n",
    )
    assert [e.event_date for e in events] == ["2026-11-24"]


def test_missiles_fired_towards_a_city_hit_it_and_a_retreat_towards_a_border_is_no_place(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Assailants launched explosives-laden drones and missiles towards Jazan, Saudi Arabia, "
        "on Monday.",
    )
    assert events and all(e.admin1 == "Jazan" for e in events)
    events = run(
        nlp,
        gazetteer,
        "Islamist fighters attacked an army base in the northern Burkina Faso town of Djibo on "
        "Wednesday and battled troops for hours before pulling back towards the border with "
        "Mali.",
    )
    assert events and all(e.country == "Burkina Faso" for e in events)


def test_the_martyred_are_dead_and_a_state_accused_of_strikes_made_them(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "BANNU: At least seven people, including five policemen, were martyred and 14 others "
        "injured on Wednesday when a suicide bomber rammed a vehicle into a police checkpost "
        "on the outskirts of Bannu city, police said.\n\n"
        "The attack came days after the Afghan Taliban government accused Pakistan of carrying "
        "out air strikes late on Sunday in Afghanistan's Paktika province.\n",
    )
    (bomb,) = of_type(events, "Suicide bomb")
    assert bomb.fatalities == 7
    (strike,) = of_type(events, "Air/drone strike")
    assert strike.actor1 is not None and strike.actor1.startswith("Military Forces of Pakistan")


def test_a_roundups_stories_keep_their_own_days_places_and_claims(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "MIDEAST ROUNDUP: Landmine kills two children in Yemen\n\n"
        "HODEIDAH, Yemen, Nov. 26 - Two children were killed on Wednesday when a landmine "
        "exploded near the town of Hays in Yemen's western Hodeidah province, officials said.\n\n"
        "The brothers, aged nine and 12, died at the scene. It was not clear who had laid the "
        "device.\n\n"
        "BAGHDAD, Nov. 26 - A roadside bomb struck an Iraqi army vehicle on Tuesday night near "
        "Tuz Khurmatu, killing two soldiers, security sources said. The Islamic State group "
        "claimed responsibility on Wednesday.\n\n"
        "SWEIDA, Syria, Nov. 26 - Several thousand people demonstrated peacefully in the city "
        "of Sweida on Wednesday, calling for the reopening of the road to Damascus.\n\n"
        "Protesters gathered in the city's central square, carrying portraits of relatives "
        "killed in last year's violence.\n",
    )
    mine = [e for e in events if e.country == "Yemen"]
    assert [(e.location, e.fatalities, e.actor1) for e in mine] == [
        ("Hays", 2, "Unidentified Armed Group (Yemen)")
    ]
    protests = [e for e in events if e.event_type == "Protests"]
    assert [(e.location, e.event_date) for e in protests] == [("As-Suwayda", "2026-11-25")]


def test_a_cities_districts_a_states_attack_and_a_toll_risen_with_more_bodies(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Russian drones struck residential areas of Kharkiv late on Nov. 25, killing two "
        "people, local authorities reported.\n\n"
        "According to the Kharkiv City Military Administration, at least 14 attack drones hit "
        "the city's Kyivskyi and Saltivskyi districts shortly before midnight.\n\n"
        "Meanwhile, the death toll from Russia's missile attack on Zaporizhzhia on Tuesday "
        "rose to four on Wednesday after rescue workers recovered two more bodies from a "
        "collapsed section of an apartment building, the Zaporizhzhia Oblast Military "
        "Administration said.\n\n"
        "In the south, Russian artillery shelled the Dniprovskyi district of Kherson on "
        "Wednesday morning, injuring three people.\n\n"
        "Ukrainian long-range drones, meanwhile, struck an oil terminal in Russia's Black Sea "
        "port of Novorossiysk early on Wednesday, a source said.\n",
    )
    found = [(e.location, e.fatalities, e.actor1) for e in events]
    assert len(found) == 4
    assert ("Kharkiv", 2, "Military Forces of Russia (2000-)") in found
    assert ("Zaporizhzhya", 4, "Military Forces of Russia (2000-)") in found
    assert ("Kherson", 0, "Military Forces of Russia (2000-)") in found
    assert ("Novorossiysk", 0, "Military Forces of Ukraine (2019-)") in found


def test_an_accidents_later_paragraphs_are_the_same_accident(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "NAKURU, Kenya - Thirteen people were killed late on Wednesday when a passenger bus "
        "collided head-on with a trailer at Salgaa on the Nakuru-Eldoret highway, police "
        "said.\n\n"
        '"Eleven passengers died on the spot, while two others succumbed to their injuries," '
        "the police commander said.\n\n"
        "The driver of the trailer, who survived with minor injuries, is in police custody.\n\n"
        "People were trapped inside and rescuers used torches from their phones to pull them "
        "out.\n",
    )
    assert events == []


def test_a_standfirst_repeating_a_later_toll_and_the_villages_landmark(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Settlers torch homes in West Bank village as drone strike kills three in Gaza\n\n"
        "Health officials in Gaza say three brothers collecting firewood were killed.\n\n"
        "Dozens of Israeli settlers have stormed the Palestinian village of Turmus Ayya in the "
        "occupied West Bank, setting fire to three homes.\n\n"
        "The attack began at around 6pm on Wednesday, when masked settlers descended on the "
        "eastern edge of the village, north of Ramallah.\n\n"
        "In the Gaza Strip, an Israeli drone strike on Tuesday killed three brothers aged 14, "
        "17 and 19 as they gathered firewood east of Khan Younis.\n\n"
        "Separately, Israeli bulldozers escorted by soldiers demolished two homes in the "
        "village of Umm al-Khair, in the Masafer Yatta area south of Hebron, on Monday, leaving "
        "14 people without shelter.\n",
    )
    found = sorted((e.event_date or "", e.location or "", e.fatalities, e.actor1) for e in events)
    assert found == [
        ("2026-11-23", "Umm al Khayr", 0, "Military Forces of Israel (2022-)"),
        ("2026-11-24", "Khan Yunis", 3, "Military Forces of Israel (2022-)"),
        ("2026-11-25", "Turmusayya", 0, "Settlers (Israel)"),
    ]
    # (the settlers' torching, with no one told hurt, is property destruction too)
    (demolition,) = [e for e in events if e.location == "Umm al Khayr"]
    assert demolition.sub_event_type == "Looting/property destruction"
    assert demolition.actor2 == "Civilians (Palestine)"


def test_a_briefings_stories_keep_their_own_sides(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Americas Briefing\n\n"
        "Colombia: Soldier killed in drone attack on base\n\n"
        "TIBU, Colombia - One soldier was killed and five were injured on Monday when drones "
        "dropped explosives on a military base in the rural area of Tibu, the army said. The "
        "army blamed the National Liberation Army (ELN) guerrilla group, which has been "
        "fighting dissidents of the former FARC for control of the Catatumbo region since the "
        "start of last year.\n\n"
        "Mexico: Seven dead in Culiacan gun battle\n\n"
        "CULIACAN, Mexico - Six cartel gunmen and a member of the National Guard were killed "
        "on Wednesday in a gun battle on the edge of Culiacan. The faction has been at war with "
        "its rivals since September 2024. The fighting has killed more than 2,000 people in "
        "the state.\n\n"
        "Haiti: Gang attack in Kenscoff\n\n"
        "PORT-AU-PRINCE, Haiti - Gang members from the Viv Ansanm coalition attacked several "
        "neighbourhoods of Kenscoff on Sunday, killing at least eight people.\n",
    )
    (strike,) = of_type(events, "Air/drone strike")
    assert (strike.fatalities, strike.actor1, strike.actor2) == (
        1,
        "ELN: National Liberation Army",
        "Military Forces of Colombia (2026-)",
    )
    assert [e.fatalities for e in events if e.country == "Mexico"] == [7]
    (haiti,) = [e for e in events if e.country == "Haiti"]
    assert (haiti.actor1, haiti.inter1) == ("Viv Ansanm", 3)


def test_the_capital_told_alone_is_the_countrys_and_a_clash_told_on_is_the_riot(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "A garment worker was killed on Tuesday when police fired on workers demonstrating "
        "for unpaid wages in Ashulia, on the outskirts of the capital, according to fellow "
        "workers.\n\n"
        "In Chattogram, supporters of Jamaat-e-Islami enforcing a hartal on Wednesday set "
        "fire to a bus and hurled bricks at police, prompting officers to fire tear gas. At "
        "least 12 people were injured in the clashes, which lasted two hours.\n\n"
        "The industrial belts of Ashulia, Savar and Gazipur have seen repeated wage protests "
        "since the fall of the Awami League government in August 2024.\n",
    )
    assert [(e.location, e.geo_precision) for e in events] == [("Dhaka", 2), ("Chattogram", 1)]
    assert events[1].event_type == "Riots"
    assert "Police Forces of Bangladesh (2024-)" in (events[0].actor1, events[0].actor2)


def test_a_groups_own_fighters_took_the_town_that_morning_and_a_new_scene_has_its_own_sides(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Regime airstrikes killed dozens of civilians near Depayin in Sagaing Region on "
        "Monday, residents said.\n\n"
        "Meanwhile in Rakhine State, the Arakan Army (AA) said on Tuesday that its fighters "
        "had captured the headquarters of the regime's Light Infantry Battalion 542 in "
        "Kyaukphyu town that morning, completing its takeover of the port town.\n",
    )
    (taken,) = of_type(events, "Non-state actor overtakes territory")
    assert (taken.actor1, taken.event_date) == ("AA: Arakan Army", "2026-11-24")
    events = run(
        nlp,
        gazetteer,
        "MOGADISHU - Somali government forces recaptured the town of Mahaday in the Middle "
        "Shabelle region on Sunday, a military officer said.\n\n"
        "In Mogadishu, several mortar shells landed late on Monday near the perimeter of the "
        "Halane base. Some of the shells struck homes in the nearby Wadajir district, wounding "
        "three civilians. Al Shabaab claimed responsibility for the mortar attack on "
        "Tuesday.\n",
    )
    (mortars,) = of_type(events, "Shelling/artillery/missile attack")
    assert (mortars.actor1, mortars.actor2) == ("Al Shabaab", "Civilians (Somalia)")


def test_two_deeds_on_two_days_in_one_sentence_are_two_events(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "N'DJAMENA, Chad (AFP) - Armed herders attacked a farming village in southern Chad "
        "late on Monday, killing 12 people, a regional governor said, and a protest over the "
        "killings turned deadly on Wednesday when police fired on rioters in Doba.\n\n"
        "Dozens of people were killed in similar clashes in the region last year.\n",
    )
    found = sorted((e.event_date, e.event_type, e.fatalities) for e in events)
    assert found == [("2026-11-23", "Violence against civilians", 12), ("2026-11-25", "Riots", 0)]
    events = run(
        nlp,
        gazetteer,
        "ADDIS ABABA (Reuters) - Fano militiamen seized the town of Mota in Ethiopia's Amhara "
        "region on Monday after heavy fighting with federal troops, residents said, and a drone "
        "strike on the outskirts of the town killed 11 civilians the following day.\n\n"
        "On Tuesday afternoon, a military drone struck a minibus on the road just outside Mota, "
        "killing 11 civilians, a health worker said. Another resident said 14 people had "
        "died.\n",
    )
    found = sorted((e.event_date, e.sub_event_type, e.fatalities) for e in events)
    assert found == [
        ("2026-11-23", "Non-state actor overtakes territory", 0),
        ("2026-11-24", "Air/drone strike", 11),
    ]


def test_a_claim_for_another_deed_herders_at_a_well_and_a_second_sources_toll(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "BAMAKO (Reuters) - Islamist militants ambushed a Malian army convoy in the Mopti region "
        "on Wednesday, killing five soldiers, the army said.\n\n"
        'Two local officials said the toll was higher, with "around a dozen" soldiers killed.\n\n'
        "Separately, residents in the Timbuktu region said a drone strike on Tuesday afternoon "
        "killed at least nine civilians at a well.\n\n"
        '"They were herders watering their animals. There were no armed men among them," a '
        "councillor said.\n\n"
        "JNIM claimed responsibility for Wednesday's ambush in a message posted on Thursday.\n",
    )
    (ambush,) = [e for e in events if e.event_type == "Battles"]
    assert ambush.fatalities == 5
    # (Mali's coders list the forces' foe first: see test_battle_order.py)
    assert ambush.actor1 is not None and ambush.actor1.startswith("JNIM")
    assert ambush.actor2 is not None and ambush.actor2.startswith("Military Forces of Mali")
    (strike,) = of_type(events, "Air/drone strike")
    assert strike.actor1 is not None and not strike.actor1.startswith(("JNIM", "Fulani"))


def test_the_day_told_in_the_next_paragraph_and_a_claims_own_day(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "NIAMEY, Niger (AFP) - Gunmen on motorbikes killed at least 17 villagers in Niger's "
        "Tillaberi region, local officials told AFP on Wednesday.\n\n"
        "The attack took place on Sunday afternoon in the rural commune of Banibangou, where the "
        "assailants shot the men and then made off with livestock, an official said.\n\n"
        '"Seventeen bodies were buried on Monday," the official said.\n\n'
        "Western Niger has been hit by a string of deadly attacks.\n",
    )
    assert [(e.event_date, e.fatalities) for e in events] == [("2026-11-22", 17)]


def test_a_place_of_the_deed_an_event_is_dated_by_and_a_teller_in_a_region(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "LIMA (Reuters) - Two protesters were killed when police opened fire on a demonstration "
        "in the southern Peruvian city of Juliaca on Wednesday, the ombudsman said, a day after "
        "police used tear gas to break up a march on Congress in Lima.\n\n"
        "The regional health director in Puno, where Juliaca is located, told local radio that "
        "three people had died.\n",
    )
    assert [(e.location, e.fatalities) for e in events] == [("Juliaca", 2)]


def test_a_later_event_told_as_what_the_ambush_came_before_is_cut_from_it(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "POPAYAN, Colombia, Nov 24 (Reuters) - Three Colombian soldiers were killed when FARC "
        "dissidents ambushed an army patrol in the province of Cauca on Monday, the military "
        "said, hours before explosives dropped from drones struck a police station in another "
        "town in the province.\n\n"
        "Early on Tuesday, at least three explosive charges dropped from drones hit the police "
        "station in Suarez, wounding two police officers, the national police said. Police "
        "blamed the Jaime Martinez front, a dissident group active in northern Cauca.\n",
    )
    clashes = [e for e in events if e.event_type == "Battles"]
    assert [(e.event_date, e.fatalities) for e in clashes] == [("2026-11-23", 3)]
    assert not (clashes[0].actor2 or "").startswith("Police")  # the station is the drones'
    (drones,) = of_type(events, "Air/drone strike")
    assert (drones.location, drones.event_date) == ("Suarez", "2026-11-24")
    # a named front, blamed: the bomber, first where no 2016 notes tell Colombia's habit
    assert (drones.actor1, drones.actor2) == (
        "Jaime Martinez Front",
        "Police Forces of Colombia (2026-)",
    )


def test_two_kinds_of_deed_on_two_days_or_in_two_countries_in_one_lede_are_two_events(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "KYIV, Nov 22 (AFP) - A Russian missile strike on the town of Balakliia in the Kharkiv "
        "region killed three people on Saturday, officials said, while a drone attack killed a "
        "bus driver in the southern city of Nikopol on Sunday.\n",
    )
    assert sorted((e.sub_event_type, e.location, e.fatalities) for e in events) == [
        ("Air/drone strike", "Nikopol", 1),
        ("Shelling/artillery/missile attack", "Balakliya", 3),
    ]
    events = run(
        nlp,
        gazetteer,
        "ABUJA, Nov 26 (AFP) - A female suicide bomber killed three people at a market in "
        "Konduga in northeast Nigeria, police said, while jihadists in Burkina Faso overran an "
        "army post and took control of a town in the country's north.\n",
    )
    assert sorted((e.sub_event_type, e.country) for e in events) == [
        ("Non-state actor overtakes territory", "Burkina Faso"),
        ("Suicide bomb", "Nigeria"),
    ]


def test_the_background_of_a_reports_news_is_no_event_of_it(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Gunmen killed two traders in Kano on Tuesday, police said.\n\n"
        "In March 2024, gunmen killed 12 people in the same district. Hundreds of thousands "
        "of people have fled fighting in the region, and the ADF, which has been fighting the "
        "army for years, has killed thousands of people over the past decade.\n",
    )
    assert [(e.location, e.event_date, e.fatalities) for e in events] == [("Kano", "2026-11-24", 2)]


def test_protests_gone_on_in_a_town_are_news_and_a_crowd_that_dispersed_was_not_dispersed(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    (event,) = run(nlp, gazetteer, "Protests have continued in the town of Mieso on Tuesday.\n")
    assert event.sub_event_type == "Peaceful protest"
    (event,) = run(
        nlp,
        gazetteer,
        "Some 2,000 lime growers marched through the center of Apatzingan on Saturday. The "
        "march ended peacefully in front of city hall, where the growers read out their "
        "demands and dispersed after about three hours.\n",
    )
    assert event.sub_event_type == "Peaceful protest"


def test_a_bomb_that_went_off_planted_by_a_cartel_and_a_day_named_again(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Two farmworkers were riding to a lime orchard on the outskirts of Tepalcatepec in "
        "Michoacan on Sunday morning when the device went off, prosecutors said. They said the "
        "device had been planted by the Jalisco New Generation Cartel.\n\n"
        "Separately, police in Morelia arrested three men on Monday.\n\n"
        "The U.S. embassy condemned Sunday's bombing.\n",
    )
    (bomb,) = of_type(events, "Remote explosive/landmine/IED")
    assert (bomb.location, bomb.event_date) == ("Tepalcatepec", "2026-11-22")
    assert bomb.actor1 == "CJNG: Jalisco New Generation Cartel"


def test_places_that_only_say_where_or_whose(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "In Churachandpur, a Kuki-Zo majority town about 60 km southwest of the state capital "
        "Imphal, thousands of people marched on Tuesday against New Delhi's plan to fence the "
        "border. Security forces opened fire, killing one young man. Two of the wounded were "
        "taken to a hospital in Aizawl, capital of neighbouring Mizoram state.\n",
    )
    assert [e.location for e in events] == ["Churachandpur"]
    events = run(
        nlp,
        gazetteer,
        "A suicide bomber rammed a car into a checkpoint on Friday. The attack took place on "
        "the edge of Miran Shah, the army said. Eleven wounded were taken to a hospital in "
        "Bannu.\n\n"
        "On Saturday, hundreds of traders gathered in Bannu to protest a curfew imposed after "
        "the Miran Shah attack. Police fired tear gas at the crowd.\n\n"
        "A Russian drone struck a minibus in Nikopol, a city on the Dnipro river opposite the "
        "Zaporizhzhia nuclear power plant, on Sunday.\n",
    )
    assert sorted((e.sub_event_type, e.location) for e in events) == [
        ("Air/drone strike", "Nikopol"),
        ("Protest with intervention", "Bannu"),
        ("Suicide bomb", "Miran Shah"),
    ]
    protest = next(e for e in events if e.location == "Bannu")
    assert (protest.actor2 or "").startswith("Police Forces of Pakistan")


def test_jas_is_boko_harams_faction_and_a_bombers_hospital_no_place(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    (event,) = run(
        nlp,
        gazetteer,
        "A female suicide bomber killed three people at a fish market in Borno state, police "
        "said.\n\n"
        "The bomber blew herself up among traders at the market in Konduga on Tuesday evening. "
        '"Sixteen others were evacuated to the University of Maiduguri Teaching Hospital," the '
        "police said. Police blamed the Jama'atu Ahlis Sunna Lidda'awati wal-Jihad (JAS) "
        "faction of Boko Haram, which has repeatedly used women and girls as suicide bombers.\n",
    )
    assert (event.location, event.event_date, event.fatalities) == ("Konduga", "2026-11-24", 3)
    assert event.actor1 == "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"


def test_protests_a_shift_is_counted_from_are_no_event(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "An independent candidate won the mayoral by-election in Ilam municipality, the "
        "Election Commission announced on Wednesday.\n\n"
        "Analysts say the result reflects a shift in voter behaviour since the youth-led "
        "protests of September 2025, in which more than 70 people were killed.\n",
    )
    assert events == []


def test_a_live_blogs_clock_counts_nobody_and_its_updates_raise_the_toll(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Live: drone strike on Belgorod\n\n"
        "Thursday 26 November 2026 - all times Moscow.\n\n"
        "07:45 - The governor says a Ukrainian drone struck an apartment building in the city "
        "of Belgorod shortly before 11pm on Wednesday. One woman was killed.\n\n"
        "08:30 - Russia's defence ministry says air defences destroyed 48 Ukrainian drones over "
        "several regions overnight, including Kursk, Bryansk and Voronezh.\n\n"
        "10:40 - Russian missiles struck the centre of Sumy this morning at around 9.50am, "
        "killing at least three people, the regional administration says.\n\n"
        "13:10 - The death toll from last night's drone strike on Belgorod has risen to two, "
        "the governor says.\n\n"
        "14:50 - Sumy update: the number of dead has risen to four, the emergency service "
        "says, after the body of a woman was recovered from the debris.\n",
    )
    assert sorted((e.location, e.event_date, e.fatalities) for e in events) == [
        ("Belgorod", "2026-11-25", 2),
        ("Sumy", "2026-11-26", 4),
    ]


def test_history_a_court_and_a_commission_tell_is_no_event(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Relatives reburied the remains of 20 victims in Accomarca on Tuesday.\n\n"
        "On 14 August 1985, an army patrol killed 69 peasants in Accomarca. In 2016 a Lima "
        "court sentenced several former officers to prison for the massacre. A commission "
        "estimated that some 69,000 people were killed or disappeared in Peru between 1980 and "
        "2000. The region was also shaken in December 2022, when ten people were killed during "
        "protests.\n",
    )
    assert events == []


def test_a_flash_updates_bullets_are_passages_of_their_own(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "South Sudan: Flash Update (25 November 2026)\n\n"
        "SITUATION OVERVIEW\n"
        "- On 20 November, three women were raped by unidentified armed men approximately 8 km "
        "outside Yirol town, Lakes State. Survivors were referred to Yirol hospital for "
        "clinical management of rape.\n"
        "- On 22 November, two trucks carrying food were stopped by armed men some 20 km west "
        "of Rumbek. The cargo was looted.\n"
        "- Two primary schools have closed and a health facility was looted in October.\n",
    )
    assert sorted((e.sub_event_type, e.location, e.event_date) for e in events) == [
        ("Looting/property destruction", "Rumbek", "2026-11-22"),
        ("Sexual violence", "Yirol", "2026-11-20"),
    ]


def test_a_march_over_a_raid_and_the_raid_told_after_it_are_two_events(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Scores of residents on Wednesday marched to Government House in Kano to demand better "
        "protection, two days after gunmen abducted nine people from their community.\n\n"
        "The protesters, mostly young men and women from Shanono, carried placards.\n\n"
        "Residents said the gunmen, about 30 of them on motorcycles, stormed a settlement on "
        "the outskirts of Shanono town at about 11pm on Monday. A man who tried to run into "
        "the bush was shot dead, a resident said.\n\n"
        "In one attack earlier this year, more than a dozen villagers were killed.\n",
    )
    assert sorted((e.event_type, e.location, e.event_date, e.fatalities) for e in events) == [
        ("Protests", "Kano", "2026-11-25", 0),
        ("Violence against civilians", "Shanono", "2026-11-23", 1),
    ]


def test_a_passage_naming_no_place_is_where_its_paragraph_was_and_two_sources_are_not_summed(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Several hundred teachers marched through Antsirabe on Tuesday to demand their pay. "
        "The march in Antsirabe was calm, and Antsirabe's director received them.\n\n"
        "In Ihosy, gendarmes opened fire on a crowd on Sunday afternoon. The regional "
        "gendarmerie command said two people were killed and three wounded; residents said "
        "four people died. Hundreds of residents had gathered in front of the brigade and "
        "threw stones.\n",
    )
    sunday = [e for e in events if e.event_date == "2026-11-22"]
    assert {e.location for e in sunday} == {"Ihosy"}
    assert sum(e.fatalities for e in sunday) == 2


def test_a_strike_named_again_in_its_own_far_city_and_the_attacks_named_together(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "PORT SUDAN, Nov 24 (Reuters) - RSF fighters killed four women collecting firewood "
        "outside the North Darfur town of Kutum on Monday, aid workers said, a day after an RSF "
        "drone strike on a power station in Omdurman killed three people.\n\n"
        "In Omdurman, the health ministry said Sunday's drone strike killed three people and "
        "wounded nine.\n\n"
        "The U.N. humanitarian coordinator said she was appalled by the attacks on civilians, "
        "and Britain called on both sides to accept a truce proposed by Egypt.\n",
    )
    assert sorted((e.sub_event_type, e.location, e.event_date, e.fatalities) for e in events) == [
        ("Air/drone strike", "Omdurman", "2026-11-22", 3),
        ("Attack", "Kutum", "2026-11-23", 4),
    ]


def test_a_town_retaken_while_a_bombing_elsewhere_is_claimed_and_a_total_broken_down(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "MOGADISHU, Nov 23 (Reuters) - Somali government forces recaptured the town of "
        "Wanlaweyn from al Shabaab on Sunday, officials said, while the group claimed a suicide "
        "bombing in Mogadishu that killed at least six people.\n\n"
        "Reinforcements sent from Afgooye entered the town on Sunday morning after about two "
        "hours of fighting, a commander said.\n\n"
        "In the capital, a suicide bomber blew himself up at a military checkpoint on Saturday "
        "afternoon. A police spokesman said six people, four soldiers and two civilians, were "
        "killed and 13 wounded.\n",
    )
    assert sorted((e.sub_event_type, e.location, e.event_date, e.fatalities) for e in events) == [
        ("Government regains territory", "Wanlaweyn", "2026-11-22", 0),
        ("Suicide bomb", "Mogadishu", "2026-11-21", 6),
    ]


def test_what_was_said_of_a_mob_in_a_town_is_the_towns_and_youths_come_from_their_town(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Police in Kajiado county said a mob in Kitengela, a fast-growing town about 30 km south "
        "of Nairobi, beat two men to death on Monday evening.\n\n"
        "On Tuesday, several hundred young people from Bokkos gathered at the gates of "
        "Government House in Jos and burned tyres.\n\n"
        "Hundreds of people were killed in attacks on villages in Bokkos and Bassa districts in "
        "2025.\n",
    )
    assert sorted((e.location, e.event_date) for e in events) == [
        ("Jos", "2026-11-24"),
        ("Kitengela", "2026-11-23"),
    ]


def test_truces_broken_watched_expired_or_not_agreed_are_no_agreements(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "DOHA, Nov 24 (Reuters) - A week of talks in Qatar between Congo's government and the "
        "M23 rebels ended on Tuesday without agreement on a ceasefire monitoring mechanism or "
        "a prisoner exchange, both delegations said.\n\n"
        "The rebels accused the army of violating the truce. Although the truce formally "
        "expired in October, France, which monitors the truce, urged restraint.\n\n"
        "A separate peace agreement between Congo and Rwanda was signed in Washington in June "
        "2025.\n",
    )
    assert events == []


def test_a_town_retaken_while_drones_launched_by_the_other_side_struck_the_capital(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "PORT SUDAN, Nov 24 (Reuters) - Sudan's army said on Monday it had recaptured the town "
        "of Bara in North Kordofan state from the Rapid Support Forces (RSF), while drones "
        "launched by the RSF struck the nearby state capital El Obeid, killing at least eight "
        "civilians, according to the health ministry.\n",
    )
    assert sorted((e.sub_event_type, e.location, e.fatalities) for e in events) == [
        ("Air/drone strike", "El Obeid", 8),
        ("Government regains territory", "Barah", 0),
    ]


def test_a_police_raid_on_a_named_gang_and_an_age_told_beside_a_dead_man(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "At least seven people were killed on Tuesday during a Military Police operation "
        "against the Comando Vermelho drug faction in Belford Roxo, in Rio de Janeiro state.\n\n"
        "Officers were met with heavy gunfire from gang members. Six suspects were killed and "
        "a police corporal, 31, died after being shot in the neck.\n\n"
        "The operation comes a year after the deadliest police raid in the state's history, "
        "in which more than 120 people were killed.\n",
    )
    assert [(e.sub_event_type, e.actor1, e.actor2, e.fatalities) for e in events] == [
        ("Armed clash", "Police Forces of Brazil (2023-)", "CV: Comando Vermelho", 7)
    ]


def test_a_month_and_its_year_or_a_year_alone_date_the_deeds_they_name(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    dated = find_dates("the October 2024 raids on the market, and the May 2023 clashes", THURSDAY)
    assert [(d.isoformat(), p) for _, _, d, p in dated] == [("2024-10-15", 3), ("2023-05-15", 3)]
    # the report's own year says nothing; an earlier one dates a deed of its own verb only
    assert find_dates("attacks rose in 2026", THURSDAY) == []
    events = run(
        nlp,
        gazetteer,
        "KADUNA, Nigeria, Nov 26 (Reuters) - Gunmen killed six farmers near Kajuru on Tuesday, "
        "police said.\n\n"
        "The region has been tense since the July 2025 massacre in the same district, in which "
        "more than 40 villagers died. The army opened a base in Kajuru in 2023.\n\n"
        "Soldiers freed 20 hostages on Wednesday, including pupils who were taken from a "
        "school in Kuriga in 2024.\n",
    )
    # the massacre and the base are background; the rescue is Wednesday's, not 2024's
    assert ("Attack", "2026-11-24", 6) in [
        (e.sub_event_type, e.event_date, e.fatalities) for e in events
    ]
    assert all(e.event_date >= "2026-11-24" and e.fatalities <= 6 for e in events)


def test_a_courts_sentence_and_its_charges_are_no_deaths_or_deeds(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "CAIRO, Nov 24 (Reuters) - A military court on Tuesday sentenced nine men to death "
        "and 14 others to long prison terms over a wave of bombings of police stations in "
        "Ismailia, lawyers said. The death sentences go to the Grand Mufti for review.\n\n"
        "A second court refused to drop murder and terrorism charges against four others.\n",
    )
    assert events == []


def test_a_claims_own_telling_and_the_spoils_of_an_attack_are_no_events_of_their_own(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "NIAMEY, Nov 24 (AFP) - At least 12 Nigerien soldiers were killed on Sunday when "
        "jihadists attacked an army post near Tera, security sources said.\n\n"
        "Another source put the toll at 15. The army said the attack had been repelled.\n\n"
        "The Islamic State in the Sahel claimed the attack in a statement on Monday, saying "
        "it had killed 30 soldiers and seized weapons and two vehicles.\n",
    )
    assert [(e.sub_event_type, e.event_date, e.fatalities) for e in events] == [
        ("Armed clash", "2026-11-22", 12)
    ]


def test_a_towns_population_is_no_toll(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "A shootout between rival gangs in Esmeraldas, a city of some 200,000 people on the "
        "Pacific coast, left at least three people dead on Tuesday, police said.",
    )
    assert [e.fatalities for e in events] == [3]


def test_a_country_named_as_a_border_is_not_where_an_unplaced_deed_happened(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Attack near the Niger border kills soldiers in Benin\n\n"
        "COTONOU, Nov 25 (AFP) - Six soldiers were killed on Monday when gunmen attacked "
        "their patrol near the border with Niger, the army said.\n\n"
        "Separately, a park ranger was killed on Tuesday when his vehicle struck a mine on "
        "a track in the far north-west, his employer said.\n",
    )
    assert {e.country for e in events} == {"Benin"}


def test_trends_conditions_and_displacement_are_no_events(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "ISLAMABAD, Nov 24 (AFP) - Pakistan said on Tuesday it would strike hideouts across "
        "the border if attacks by armed groups continue. Officials say militant attacks in "
        "the north-west have risen sharply this year. Northern districts have faced growing "
        "attacks by jihadist groups. Attacks by armed groups have displaced 9,000 people "
        "since October, the UN said.",
    )
    assert events == []


def test_a_list_items_label_dates_its_incident(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "SOMALIA: Flash Update No. 3\n\n"
        "As of 25 November 2026\n\n"
        "- 21 November: Armed men raided Bulo Burte, killing two herders.\n"
        "- 22 November: Three traders were abducted by armed men near Jalalaqsi. Their "
        "families have not heard from them.\n"
        "- 23 November: Security forces located and neutralised an improvised explosive device "
        "planted on the road to Beledweyne. No one was hurt.\n",
    )
    assert sorted((e.event_date, e.sub_event_type) for e in events) == [
        ("2026-11-21", "Attack"),
        ("2026-11-22", "Abduction/forced disappearance"),
        ("2026-11-23", "Disrupted weapons use"),
    ]


def test_a_ledes_two_deeds_a_day_apart_are_two_events(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "PEMBA, Mozambique, Nov 25 (Reuters) - Insurgents killed four villagers in Macomia "
        "district on Saturday and attacked an army post further north a day later, local "
        "sources said.",
    )
    assert sorted((e.event_date, e.event_type) for e in events) == [
        ("2026-11-21", "Violence against civilians"),
        ("2026-11-22", "Battles"),
    ]


def test_those_arrested_and_a_would_be_bomber_are_arrests_only(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Police in Garissa said on Tuesday they had arrested two men suspected of recruiting "
        "fighters for al Shabaab, and a would-be suicide bomber wearing an explosives vest.",
    )
    assert [e.sub_event_type for e in events] == ["Arrests"]


def test_a_bylines_date_anchors_the_reports_relative_days(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    article = Article(
        "b",
        "Two die as party supporters clash in Rajshahi\n\n"
        "Staff Correspondent, Rajshahi | Published: November 19, 2026\n\n"
        "Two men were killed when supporters of rival parties clashed with sticks and "
        "machetes in Rajshahi yesterday afternoon, police said.\n",
        "b.txt",
    )
    events = extract([dated(article, THURSDAY)], Resources(nlp, gazetteer)).events
    assert [e.event_date for e in events] == ["2026-11-18"]


def test_a_hyphenated_town_is_one_place_and_a_numbered_highway_none(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Armed men abducted five passengers of a bus on National Road 1 near "
        "Croix-des-Bouquets, Haiti, on Monday, police said.",
    )
    assert [(e.location, e.country) for e in events] == [("Croix-des-Bouquets", "Haiti")]


def test_a_situation_reports_undated_highlight_is_its_dated_incident(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "HAITI: Situation Update\n\n"
        "Port-au-Prince, 25 November 2026\n\n"
        "HIGHLIGHTS\n"
        "- New attacks in the commune of Kenscoff have displaced more than 2,000 people.\n\n"
        "INCIDENTS\n"
        "- On 22 November, gang members attacked the locality of Furcy, in Kenscoff, "
        "burning 20 houses and killing four residents.\n",
    )
    assert [(e.event_date, e.fatalities) for e in events] == [("2026-11-22", 4)]


def test_a_two_city_datelines_clauses_are_two_events_on_the_day_told_for_both(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "SRINAGAR/RAIPUR, Nov 25 (PTI) - Three militants were killed in an encounter in "
        "Kupwara district, while five Maoists were gunned down in a separate gunfight in "
        "Sukma district on Tuesday, officials said.\n",
    )
    assert sorted((e.event_date, e.fatalities) for e in events) == [
        ("2026-11-24", 3),
        ("2026-11-24", 5),
    ]


def test_rescued_captives_and_a_years_surrenders_are_no_events(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Troops rescued 14 kidnapped villagers near Tsafe on Sunday, the army said. More "
        "than 150 fighters have surrendered in the state this year, officials said.",
    )
    assert not [
        e for e in events if e.sub_event_type in ("Abduction/forced disappearance", "Agreement")
    ]


def test_a_toll_update_dated_by_its_telling_takes_the_day_the_report_names_the_deed_by(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "JAYAPURA, Indonesia, Nov 25 (Reuters) - The death toll from an attack by separatist "
        "rebels on a logging camp in Indonesia's Papua region has risen to nine, police said "
        "on Wednesday, after searchers recovered three more bodies near the site.\n\n"
        "Police had first reported six workers killed in Sunday's attack on the camp, about "
        "30 km west of Wamena. The West Papua National Liberation Army claimed the attack.\n",
    )
    assert [(e.event_date, e.fatalities, e.actor1) for e in events] == [
        ("2026-11-22", 9, "TPNPB: West Papua National Liberation Army")
    ]


def test_a_forces_other_name_in_brackets_is_no_place(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Libya: three killed in Tripoli clashes\n\n"
        "Heavy clashes erupted late on Tuesday between the Special Deterrence Force (Rada) "
        "and the 444th Combat Brigade, killing three people, residents said.",
    )
    assert {(e.country, e.location) for e in events} == {("Libya", "Tripoli")}


def test_a_feasts_year_and_earlier_this_year_date_background_and_a_date_line_the_report(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    article = Article(
        "d",
        "Protesters block highway after killings in Plateau\n\n"
        "By Our Correspondent\n"
        "Wednesday, November 18, 2026\n\n"
        "Hundreds of youths blocked the Jos-Abuja road at Mangu on Sunday to protest the "
        "killings of farmers, burning tyres. Soldiers fired teargas to clear the highway.\n\n"
        "Mangu was the scene of attacks on several villages on Christmas Eve 2023, in which "
        "at least 150 people were killed, and of cattle raids earlier this year.\n",
        "d.txt",
    )
    events = extract([dated(article, THURSDAY)], Resources(nlp, gazetteer)).events
    assert [(e.event_date, e.event_type, e.fatalities) for e in events] == [
        ("2026-11-15", "Riots", 0)
    ]


def test_hamlets_abroad_do_not_vote_each_other_into_their_country(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    doc = nlp(
        "Rada and 444 Brigade fight in Tripoli\n\n"
        "Heavy clashes erupted late on Tuesday in the Libyan capital Tripoli between Rada and "
        "the 444 Brigade, killing three people. The fighting broke out after 444 Brigade units "
        "moved toward Rada checkpoints, following the arrest of one of its officers by Rada.\n\n"
        "On Wednesday, hundreds of residents gathered in the Al-Shatt area demanding that both "
        "groups leave residential districts. Elders from Misrata brokered a truce.\n"
    )
    countries = {t.place.country_code for t in geoparse(doc, gazetteer) if t.place is not None}
    assert countries == {"LY"}
