"""Rivers of the Lake Urmia basin and the Little Zab, for ``world_rivers_banks.RIVERS``.

Round 71 (water71, 2026-12-03): the rivers news on Lake Urmia's shrinking and on Iran's
transfer of the Zab's water to the lake names (the Zarrineh, the Simineh, the Aji Chay, the
Gadar and the Little Zab). Same format and method as ``world_rivers_banks.RIVERS``, which
takes these records in: each line is **APPROXIMATE**, a polyline through the GeoNames
cities500 points of the towns the cited pages place on the river's banks, from upstream down,
and the source or mouth points a cited page gives; split out so that no module passes 500
lines. Unlike the round-8 records, each record's last field cites every page its course and
names were read on (``URMIA_SOURCE``), not only the Wikipedia articles.

Names that are also ordinary words or people's names keep their river word: "Zarrineh"
(Persian "golden", a given name), "Simineh" ("silvery"), "Talkheh" ("bitter"), Persian
"گدار" (a ford), "Aji" (Azerbaijani and Turkish "acı" is bitter; "acı çay" bitter tea); the
bare "Zab" is left out (it is also the Great Zab's). Left out for want of a drawn course: the
Mahabad River (only Mahabad's point is sourced; no page gave its dam's or mouth's
coordinates) and the Alinjachay of Nakhchivan (only the village Bənəniyar is placed on its
bank; no source or mouth coordinates were found).
"""

from __future__ import annotations

#: The source text of these records (``what`` is each record's last field).
URMIA_SOURCE = "{what}; read 2026-12-03"

#: id -> (English name, country, prominence, seat or None, stops, aliases, sources), as
#: ``world_rivers_banks.RIVERS``.
URMIA_RIVERS = {
    "zarrineh-river": (
        "Zarrineh River",
        "IR",
        6,
        None,
        [
            (46.46889, 35.68889, "source, Russian Wikipedia 'Зеррине-Руд'"),
            117793,
            128469,
            124085,
            (45.78083, 37.17111, "mouth into Lake Urmia, same article"),
        ],
        [
            "Zarrineh Rud",
            "Zarrinehrood",
            "Zarrinehrud",
            "Zarrinehroud",
            "Zarriné-Rūd",
            "Jaghatu Chay",
            "Jaqatoo River",
            "زرینه‌رود",
            "زرینه رود",
            "Zarrinehçay",
            "Cığatıçay",
            "Cığatı çayı",
            "Зеррине-Руд",
            "Джагатучай",
        ],
        "Zarrineh River: English Wikipedia 'Zarrineh River' as mirrored ('Zarrineh-Rud, "
        "Zarriné-Rūd, Zarrinehrood', 'where it is also known as the Jaqatoo River (Jaghatu "
        "Chay)', 'past the cities of Shahin Dezh, Kashavar and Miandoab and into Lake Urmia') "
        "https://wiki-gateway.eudic.net/wikipedia_en/Zarrin%C3%A9-R%C5%ABd.html; Russian "
        "Wikipedia 'Зеррине-Руд' in German translation (source 35°41′20″ N 46°28′08″ E, mouth "
        "37°10′16″ N 45°46′51″ E, north-west of Miandoab) https://perceptiode.com/"
        "Зеррине-Руд; Russian Wikipedia 'Урмия (озеро)' ('Впадающая река Джагатучай') "
        "https://wiki2.org/ru/Урмия_(озеро); Azerbaijani Wikipedia 'Cığatıçay' as mirrored "
        "('Zarrinehçay və ya Cığatıçay', 'Cığatı çayı', 'Şahin Dej, Miandoab, Keşavərzdən "
        "keçərək') http://wikipedia.ddns.net:12345/content/wikipedia_az_all_maxi_2024-04/A/"
        "C%C4%B1%C4%9Fat%C4%B1%C3%A7ay; Persian 'زرینه‌رود' (Dolan, 'زرینه‌رود، سیمینه‌رود، "
        "تلخه رود' https://dolan.ir/7949/) and 'زرینه رود' (Parsology, 'رودخانه زرينه رود' "
        "http://parsology.blogfa.com/page/112.aspx); English Wikipedia 'Lake Urmia' "
        "('Zarriné-Rūd') https://en.wikipedia.org/wiki/Lake_urmia. Towns: Shahin Dezh, "
        "Keshavarz (Kashavar), Miandoab; round 63: 'Zarrinehrud' (Tehran Times, 'water was "
        "transferred from Siminehrud and Zarrinehrud rivers to Lake Urmia' "
        "https://www.tehrantimes.com/news/251083/Lake-Urmia-hoped-to-be-brought-to-life) and "
        "'Zarrinehroud' (Financial Tribune, 'the rivers of Mahabad, Godar and Zarrinehroud to "
        "Siminehroud' https://financialtribune.com/articles/energy/27077/zab-river-to-feed-"
        "lake-urmia-by-2019)",
    ),
    "simineh-river": (
        "Simineh River",
        "IR",
        6,
        None,
        [
            139889,
            124085,
            (45.71111, 37.22861, "the article's point on Lake Urmia's southern shore"),
        ],
        [
            "Simineh Rud",
            "Siminehrood",
            "Siminehrud",
            "Siminehroud",
            "Tatavi Chay",
            "سیمینه‌رود",
            "سیمینه رود",
        ],
        "Simineh River: English Wikipedia 'Simineh River' ('The Simineh River (Persian: "
        "سیمینه‌رود ...), also known as the Tatavi Chay', 'flows into the south end of Lake "
        "Urmia', 'flows just to the west of the city of Bukan') https://wonilvalve.com/"
        "index.php?q=Https%3A%2F%2Fen.m.wikipedia.org%2Fwiki%2FSimineh_River and an older "
        "text with the article's point ('Coordinates: 37°13′43″N 45°42′40″E') "
        "http://piglix.com/piglix/Simineh_River; Miandoab between the Zarrineh and the "
        "Simineh: English Wikipedia 'Miandoab County' in German translation ('zwischen den "
        "beiden Flüssen Zarrineh und Simineh', 'die Flüsse Zarrinehrood und Siminehrood') "
        "https://de.wikibrief.org/wiki/Miandoab_County and German Wikipedia 'Miandoab' ('in "
        "der Deltaregion der zwei Flüsse Zarrineh und Simineh') https://kampuspedia.com/de/"
        "Miandoab; English Wikipedia 'Lake Urmia' ('Simineh-Rūd') "
        "https://en.wikipedia.org/wiki/Lake_urmia; Persian 'سیمینه رود' (Jasjoo, 'در غرب "
        "سیمینه رود') http://beta.jasjoo.com/?lang=fa&act=app,_tourism&appdata=places&"
        "item=369. Towns: Bukan, Miandoab; round 63: 'Siminehrud' (Tehran Times "
        "https://www.tehrantimes.com/news/251083/Lake-Urmia-hoped-to-be-brought-to-life) and "
        "'Siminehroud' (Financial Tribune https://financialtribune.com/articles/energy/27077/"
        "zab-river-to-feed-lake-urmia-by-2019)",
    ),
    "aji-chay": (
        "Aji Chay",
        "IR",
        6,
        None,
        [117368, 113646, 133831],
        [
            "Aji Chai",
            "Talkheh Rud",
            "Talkheh-Roud",
            "Talkhe Rud",
            "Acıçay",
            "آجی‌چای",
            "آجی چای",
            "تلخه‌رود",
            "تلخه رود",
        ],
        "Aji Chay: English Wikipedia 'Aji Chay' ('Aji Chay or Talkheh Rud (Azerbaijani: "
        "آجی چای Acıçay, Persian: تلخه رود Talkheh Rud', 'Talkheh-Roud', 'It arises above "
        "Sarab', 'joins the Aji just north-east of central Tabriz') https://kiwix.casplantje."
        "nl/wikipedia_en_all_maxi_2020-06/A/Aji_Chay and ('Talkhe Rud') "
        "https://en.wikipedia.org/wiki/Aji_Chay, an older text ('The Aji River, Aji Chai or "
        "Talkheh Rud') https://en-academic.com/dic.nsf/enwiki/4788203; Encyclopaedia "
        "Iranica 'ĀJĪ ČĀY' ('rises on the western flank of Kūh-e Sabalān near Sarāb and "
        "flows into Lake Urmia ... near the town of Gogān', 'curves past Tabrīz some three km "
        "to the north') https://www.iranicaonline.org/articles/aji-cay-river-which-flows-"
        "into-lake-urumia; Encyclopaedia of the World of Islam 'تلخه‌رود' ('تلخه‌رود (یا "
        "آجی‌چای ...)', rising 33 km north-east of Sarab, passing about 10 km north of Tabriz, "
        "entering Lake Urmia west of Azarshahr) https://rch.ac.ir/article/Details/10419. "
        "Towns: Sarab, Tabriz, Gugan (Gogān)",
    ),
    "gadar-river": (
        "Gadar River",
        "IR",
        6,
        None,
        [121795, 122698],
        ["Godarchay", "گدارچای", "گدار چای", "رودخانه گدار"],
        "Gadar River: English Wikipedia 'Gadar River' ('changes course due east through the "
        "Ushnu-Solduz valley', 'flows into marshes bordering Lake Urmia') "
        "https://en.wikipedia.org/wiki/Gadar_River, the valley's towns 'Sulduz (Naghadeh) "
        "and Oshno (Oshnavieh)' (Urmia Daily Photo http://urmudailyphoto.blogspot.com/2011/"
        "01/); the Persian free encyclopaedia 'گدار، رودخانه' (Naqadeh county, 'پس از عبور "
        "از شمال شهر نقده') https://wikijoo.ir/index.php/گدار،_رودخانه; YJC ('رودخانه گدار "
        "چای', 'گدارچای', rising in the heights of Oshnavieh county and watering the Naqadeh "
        "plain) http://yjc.ir/fa/news/5532327/; IRNA on the Kani Sib transfer ('رودخانه "
        "«گدار»') https://irna.ir/amp/85490748; 'the river Godarchay' (NTM, the Khalifian "
        "dam near Naqadeh) https://ntm-worldwide.com/en/projects/water-resources-eng/"
        "feasibility-study-of-khalifian-short-dam/. Towns: Oshnavieh, Naqadeh; the mouth "
        "(near the village of Meymand, YJC) is not drawn",
    ),
    "little-zab": (
        "Little Zab",
        "IQ",
        6,
        None,
        [
            (45.23908, 36.56363, "source, German Wikipedia 'Kleiner Zab'"),
            117111,
            92615,
            96953,
            (43.43639, 35.23806, "mouth into the Tigris, English Wikipedia 'Little Zab'"),
        ],
        [
            "Lower Zab",
            "Kleiner Zab",
            "Unterer Zab",
            "زاب کوچک",
            "زاب صغیر",
            "Küçük Zap",
            "Küçük Zap Suyu",
            "Малый Заб",
        ],
        "Little Zab: English Wikipedia 'Little Zab' as mirrored ('The Little Zab or Lower Zab "
        "(... Persian: زاب کوچک ...) originates in Iran', mouth 35°14′17″N 43°26′11″E) "
        "https://howlingpixel.com/i-en/Little_Zab; German Wikipedia 'Kleiner Zab' ('Der "
        "Kleine Zab, auch Unterer Zab', source 36° 33′ 49″ N, 45° 14′ 21″ O, 'Kleinstädte "
        "Qaladiza, Dukan, Taqtaq, Altin Köprü') https://gpedia.com/de/Kleiner_Zab; Persian "
        "Wikipedia 'زاب کوچک' as mirrored (through the Piranshahr region 'به سوی سردشت') "
        "http://pediagard.ir/wiki/زاب_کوچک and Sardasht's agriculture office ('زاب صغیر', "
        "in the Kalavi plain 6 km from Sardasht) http://sardasht-ag.ir/newsview/ArticleId/"
        "5691/; Turkish 'Küçük Zap' (Bilgipedi 'Dicle' https://bilgipedi.com.tr/wiki/Dicle) "
        "and 'Küçük Zap Suyu' (Bilgipedia 'Zap Suyu' https://www.bilgipedia.com.tr/"
        "zap-suyu/); Russian 'Малый Заб' (the English article in Russian translation, "
        "'Малый Заб или Нижний Заб') https://ru.stringtranslate.com/Little%20Zab/"
        "Little_Zab_River. Towns: Sardasht, Qaladiza, Dukan; Taqtaq and Altun Kupri, "
        "which the German article names, are not in cities500",
    ),
}
