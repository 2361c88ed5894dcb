import type { AreaMessages } from '../types';

/** The monthly review page: actuals against the plan and the SLA, the scorecard, the re-forecast. Polish. */
export const review: AreaMessages<'review'> = {
  'review.title': 'Przegląd miesięczny',
  'review.lead':
    'Porównaj plan i SLA z tym, co się wydarzyło: wpisz dane rzeczywiste z każdego miesiąca, przeczytaj jedną kartę wyników, zobacz, co trzeba eskalować, ile jeszcze brakuje i jakie są szanse na cel od teraz, a potem wydrukuj przegląd miesiąca.',
  'review.homeLink': 'Przegląd miesiąca: dane rzeczywiste wobec planu i SLA',
  'review.funnelLink': 'Porównuj ten plan z danymi z każdego miesiąca w przeglądzie miesięcznym',
  'review.slaLink': 'Oceniaj tę umowę miesiąc po miesiącu w przeglądzie miesięcznym',
  'review.planLink': 'Przegląd miesiąca drukuje się na osobnej stronie: przegląd miesięczny',
  'review.loading': 'Odczytywanie twojego zeszytu…',
  'review.untitled': 'Bez nazwy',
  'review.notReported': 'Brak danych',
  'review.notDue': 'Jeszcze nie teraz',

  'problem.tooLong':
    'Ponad {max} znaków. Nic nie zostało ucięte: skróć tekst do {max} znaków lub mniej.',
  'problem.notReported': 'Brak danych.',
  'problem.notMeasurable': 'Umowa nie podaje tego jako liczby, więc nie da się tego zmierzyć.',
  'problem.unusual': 'Więcej niż na etapie wyżej ({max}): to dozwolone, ale sprawdź.',
  'problem.pasteColumns':
    'Wiersz {row} wklejonego bloku jest za szeroki. Komórki w wierszu: {found}; kolumny od tego miejsca do końca tabeli: {expected}. Nic nie zostało wklejone.',
  'problem.pasteHeader':
    'Pierwszy wiersz wklejonego bloku zawiera słowa, a nie liczby: to chyba nazwy kolumn. Skopiuj same wiersze z liczbami, bez niego, żeby liczby każdego miesiąca trafiły do jego wiersza. Nic nie zostało wklejone.',
  'problem.pasteRows':
    'Wklejony blok ma więcej wierszy, niż tabela ma miesięcy od tego miejsca ({max}). Nic nie zostało wklejone.',
  'problem.outOfReach':
    'Żaden lead pozyskany teraz nie zamknie się w tym okresie: leady na pozostałe miesiące powinny były już przyjść.',
  'problem.nothingToReview': 'Nie ma jeszcze planu, z którym można porównać dane.',

  'review.setup.title': 'Przed pierwszym przeglądem',
  'review.setup.intro':
    'Przegląd porównuje dane rzeczywiste z planem lejka, który zaczyna się w wybranym miesiącu. Oto czego jeszcze brakuje.',
  'review.setup.done': 'Gotowe:',
  'review.setup.todo': 'Do zrobienia:',
  'review.setup.optional': 'Opcjonalnie:',
  'review.setup.noPlan':
    'Przygotuj plan lejka. Planer zapisuje przykładowy plan, gdy tylko coś w nim zmienisz.',
  'review.setup.planProblem': 'Nie da się policzyć planu lejka: {problem}',
  'review.setup.plan': 'Plan lejka: {name}.',
  'review.setup.openPlanner': 'Otwórz planer lejka',
  'review.setup.noPeriod': 'Ustaw miesiąc, w którym zaczyna się okres planu.',
  'review.setup.period': 'Okres zaczyna się: {month}.',
  'review.setup.openData': 'Ustaw go w „Twoich danych”',
  'review.setup.noDraft':
    'Zacznij szkic SLA, żeby co miesiąc oceniać jego zobowiązania. Porównanie planu z wykonaniem działa i bez niego.',
  'review.setup.draft': 'Szkic SLA jest połączony.',
  'review.setup.openSla': 'Otwórz kreator SLA',

  'review.context.title': 'Z czym porównuje ten przegląd',
  'review.context.plan':
    'Porównanie z planem „{name}”, okres: {from} – {to}.',
  'review.context.sla': 'Zobowiązania ze szkicu SLA „{name}”.',
  'review.context.openPlanner': 'Zmień plan',
  'review.context.openSla': 'Zmień umowę',
  'review.context.noSla':
    'Nie ma jeszcze szkicu SLA: karta wyników go potrzebuje. Porównanie planu z wykonaniem działa i bez niego.',
  'review.context.notReported': 'Jeszcze bez danych: {months}.',
  'review.outside.before.one': '{n} miesiąc z danymi lub notatkami jest przed okresem planu: {months}.',
  'review.outside.before.few': '{n} miesiące z danymi lub notatkami są przed okresem planu: {months}.',
  'review.outside.before.many': '{n} miesięcy z danymi lub notatkami jest przed okresem planu: {months}.',
  'review.outside.before.other': '{n} miesiąca z danymi lub notatkami jest przed okresem planu: {months}.',
  'review.outside.after.one': '{n} miesiąc z danymi lub notatkami jest po okresie planu: {months}.',
  'review.outside.after.few': '{n} miesiące z danymi lub notatkami są po okresie planu: {months}.',
  'review.outside.after.many': '{n} miesięcy z danymi lub notatkami jest po okresie planu: {months}.',
  'review.outside.after.other': '{n} miesiąca z danymi lub notatkami jest po okresie planu: {months}.',
  'review.outside.show': 'Pokaż, co zawierają',
  'review.outside.note': 'Notatki',
  'review.outside.kept':
    'Ich dane i notatki pozostają zapisane tak, jak je wpisano. Aby je tu przejrzeć, przesuń początek okresu w „Twoich danych” albo zmień długość planu w planerze lejka.',
  'review.outside.openData': 'Zmień początek okresu w „Twoich danych”',
  'review.month.noCommitments':
    'Nie ma teraz szkicu SLA: ten miesiąc nie ma zobowiązań do oceny, dopóki go nie będzie. Miesiące już raportowane są oceniane według zobowiązań, z którymi je raportowano.',

  'review.actuals.title': 'Dane rzeczywiste',
  'review.actuals.intro':
    'Wpisz, co wydarzyło się w każdym miesiącu: liczby, kwoty i udziały. Pusta komórka to „brak danych”, nigdy zero. Każdy miesiąc zachowuje plan, który obowiązywał, gdy wpisano w nim pierwszą liczbę.',
  'review.actuals.noneDue': 'Okres zaczyna się: {month}. Żaden miesiąc jeszcze się nie zaczął.',
  'review.actuals.month': 'Miesiąc',
  'review.actuals.otherStages':
    'Wpisano według innych etapów niż w obecnym planie: każda liczba zostaje przy etapie, dla którego ją wpisano.',
  'review.actuals.noStage': 'Wtedy nie było tego etapu',
  'review.actuals.cellLabel': '{field}, {month}',
  'review.actuals.monthRange':
    '{from} – {to}',
  'review.actuals.funnelCaption': 'Lejek, przychód i wydatki',
  'review.actuals.slaCaption': 'Miary SLA',
  'review.actuals.pasteHint':
    'Wklej blok komórek z arkusza do dowolnej komórki, żeby wypełnić tabelę od tego miejsca.',
  'review.actuals.slaHint':
    'Udziały w procentach leadów z danego miesiąca (na przykład 92 dla leadów klasy A obsłużonych na czas); godziny i próby kontaktu jako średnie.',
  'review.field.stage': 'Etap {n}',
  'review.field.revenue': 'Przychód z wygranych',
  'review.field.spend': 'Wydatki marketingu',
  'review.field.mqlsDelivered': 'MQL przekazane sprzedaży',
  'review.field.firstResponse': 'Klasa {grade} obsłużona na czas',
  'review.field.attempts': 'Próby kontaktu na lead',
  'review.field.sqlAcceptance': 'MQL przyjęte jako SQL',
  'review.field.recycledHandled': 'Zawrócone leady obsłużone zgodnie z zasadą',
  'review.field.handoverHours': 'Czas do przekazania',
  'review.unit.hours': '{n} godz.',

  'review.paste.title': 'Wklej blok komórek',
  'review.paste.hint':
    'Skopiuj komórki z arkusza (jeden miesiąc w wierszu, kolumny w kolejności tabeli) i wklej je tutaj. Wypełnią tabelę od wybranego miesiąca i kolumny: blok może kończyć się przed końcem tabeli, ale nie może wychodzić poza nią.',
  'review.paste.label': 'Komórki skopiowane z arkusza',
  'review.paste.month': 'Pierwszy miesiąc',
  'review.paste.column': 'Pierwsza kolumna',
  'review.paste.apply': 'Wstaw komórki do tabeli',
  'review.paste.done':
    'Wklejono: {cells}, {from} – {to}.',
  'review.paste.commas':
    'Przecinki odczytano jako znak dziesiętny: {readings}. Sprawdź, czy o to chodziło.',
  'review.paste.reading': '{text} jako {value}',
  'review.paste.undo': 'Cofnij to wklejenie',
  'review.paste.undone': 'Wklejenie cofnięte: komórki mają z powrotem to, co miały przed nim.',
  'review.cells.one': '{n} komórka',
  'review.cells.few': '{n} komórki',
  'review.cells.many': '{n} komórek',
  'review.cells.other': '{n} komórki',
  'review.columns.one': '{n} kolumna',
  'review.columns.few': '{n} kolumny',
  'review.columns.many': '{n} kolumn',
  'review.columns.other': '{n} kolumny',
  'review.months.one': '{n} miesiąc',
  'review.months.few': '{n} miesiące',
  'review.months.many': '{n} miesięcy',
  'review.months.other': '{n} miesiąca',

  'review.pipeline.offer':
    'Twoja analiza pipeline’u z pliku {file} ({date}) ma zakontraktowaną sprzedaż za ten okres: {months}.',
  'review.pipeline.none':
    'Twoja analiza pipeline’u z pliku {file} nie ma zakontraktowanej sprzedaży w miesiącach, które już się zaczęły.',
  'review.pipeline.fill': 'Wypełnij nią wygrane i przychód',
  'review.pipeline.otherCurrency':
    'Tylko wygrane transakcje: kwoty w tym pliku są w {file}, a zeszyt planuje w {workbook}, więc przychód wpisz samodzielnie.',
  'review.pipeline.fillWon': 'Wypełnij nią tylko wygrane',
  'review.pipeline.done': 'Wypełniono: {filled}. Bez zmian, bo były już wpisane: {kept}.',

  'review.month.title': 'Przegląd: {month}',
  'review.month.choose': 'Miesiąc do przeglądu',
  'review.month.notDue': 'Ten miesiąc jeszcze się nie zaczął: na jego dane jeszcze za wcześnie.',
  'review.month.notReported':
    'W tym miesiącu nie ma jeszcze żadnych danych: jego liczby pokazują „brak danych”.',
  'review.month.changed':
    'Plan zmienił się od pierwszego wpisu w tym miesiącu ({date}): {changes}. Miesiąc jest nadal porównywany z planem, który wtedy obowiązywał.',
  'review.month.slaChanged':
    'SLA zmieniło się od pierwszego wpisu w tym miesiącu ({date}). Miesiąc jest nadal oceniany według zobowiązań, które wtedy obowiązywały.',
  'review.slaChange.item': '{what}: wtedy {then}, teraz {now}',
  'review.slaChange.quoted': '„{text}”',
  'review.slaChange.blank': 'nie określono',
  'review.slaChange.split.one': '{total} MQL w ciągu {months} miesiąca',
  'review.slaChange.split.few': '{total} MQL w ciągu {months} miesięcy',
  'review.slaChange.split.many': '{total} MQL w ciągu {months} miesięcy',
  'review.slaChange.split.other': '{total} MQL w ciągu {months} miesiąca',
  'review.slaField.mqlsPerMonth': 'MQL miesięcznie',
  'review.slaField.mqlSplit': 'MQL w całym okresie, z powiązanego planu',
  'review.slaField.minMqlToSqlRate': 'Najmniejszy odsetek MQL przyjętych jako SQL',
  'review.slaField.handoverHours': 'Czas przekazania',
  'review.slaField.responseHours': 'Pierwszy kontakt z leadami klasy {grade} (godziny)',
  'review.slaField.attempts': 'Próby kontaktu na lead',
  'review.slaField.recycling': 'Zasada zawracania leadów',
  'review.change.stages': 'etapy',
  'review.change.counts': 'miesięczne wolumeny',
  'review.change.revenue': 'przychód',
  'review.change.spend': 'wydatki',
  'review.change.costs': 'koszty jednostkowe',
  'review.change.rates': 'współczynniki konwersji',
  'review.change.dealSize': 'wartość transakcji',
  'review.change.sla': 'zobowiązania SLA',
  'review.print.button': 'Wydrukuj przegląd miesiąca',
  'review.print.date': 'Wydrukowano: {date}.',
  'review.print.heldAgainst':
    'Porównanie z planem „{name}” w wersji z {date}: {target}, okres: {from} – {to}.',
  'review.share.linkTitle': 'Udostępnij ten przegląd',
  'review.share.linkBody':
    'Każdy, kto otworzy ten link, otrzyma ten przegląd we własnej przeglądarce: dane rzeczywiste, notatki i działania z każdego miesiąca wraz z planem i szkicem SLA, z którymi są porównywane. Link zawiera sam przegląd; nic nie jest przesyłane na serwer.',
  'review.share.title': 'Otworzyć udostępniony przegląd?',
  'review.share.body': 'Ten link zawiera przegląd miesięczny planu „{name}”. Plan otworzy się jako nowy scenariusz obok twoich.',
  'review.share.draft': 'Jest oceniany według szkicu SLA „{name}”, który otworzy się jako nowy szkic obok twoich.',
  'review.share.noDraft': 'Nie zawiera szkicu SLA: jego miesiące zostaną ocenione według twojego szkicu SLA „{name}”.',
  'review.share.months': 'Miesiące z danymi: {months}.',
  'review.share.noMonths': 'Nie ma w nim jeszcze danych za żaden miesiąc.',
  'review.share.replaces': 'Zastąpi przegląd, który masz tutaj; zaraz po otwarciu możesz to cofnąć.',
  'review.share.period': 'Początek okresu zmieni się wtedy na {month}, jak w linku (teraz: {current}).',
  'review.share.open': 'Otwórz udostępniony przegląd',
  'review.share.cancel': 'Nie otwieraj',
  'review.share.opened': 'Otwarto udostępniony przegląd planu „{name}”. Jego plan i szkic SLA dodano obok twoich.',
  'review.share.sharedPlan': 'Udostępniony plan',
  'review.share.sharedDraft': 'Udostępniony szkic',

  'review.score.title': 'Karta wyników SLA: {month}',
  'review.score.empty': 'Szkic SLA nie zawiera żadnego zobowiązania, które da się zmierzyć.',
  'review.score.commitment': 'Zobowiązanie',
  'review.score.target': 'Cel',
  'review.score.actual': 'Wykonanie',
  'review.score.variance': 'Odchylenie',
  'review.score.variancePercent': 'Odchylenie %',
  'review.score.status': 'Status',
  'review.score.owner': 'Odpowiada',
  'review.score.counted': 'Policzono: {months}.',
  'review.score.leftOut': 'Pominięto (brak danych): {months}.',
  'review.score.notMeasurable': 'Nie do zmierzenia: umowa nie podaje tego jako liczby.',
  'review.score.invalid': 'Sprawdź wpisaną liczbę: {problem}',
  'review.score.csv': 'Pobierz kartę wyników (CSV)',
  'review.status.onTrack': 'Zgodnie z planem',
  'review.status.atRisk': 'Zagrożone',
  'review.status.missed': 'Niedotrzymane',
  'review.owner.marketing': 'Marketing',
  'review.owner.sales': 'Sprzedaż',
  'review.commitment.mqlVolume': 'MQL dostarczone w tym miesiącu',
  'review.commitment.mqlVolumeCumulative': 'MQL dostarczone dotąd (narastająco)',
  'review.commitment.handoverHours': 'Czas przekazania',
  'review.commitment.sqlAcceptance': 'MQL przyjęte jako SQL',
  'review.commitment.firstResponse': 'Leady klasy {grade} obsłużone w ciągu {hours}',
  'review.commitment.firstResponseUnstated': 'Leady klasy {grade} obsłużone na czas',
  'review.commitment.followUpAttempts': 'Próby kontaktu na lead',
  'review.commitment.recycledHandling': 'Zawrócone leady obsłużone zgodnie z zasadą',
  'review.variance.noPlan': 'Nic nie planowano',
  'review.thresholds.hint':
    'Zobowiązanie poniżej pierwszego progu celu jest zagrożone, poniżej drugiego niedotrzymane. Dla godzin cel dzieli się przez wykonanie.',
  'review.thresholds.atRisk': 'Zagrożone poniżej tej części celu',
  'review.thresholds.missed': 'Niedotrzymane poniżej tej części celu',

  'review.escalation.title': 'Do eskalacji',
  'review.escalation.none':
    'Nic do eskalacji: żadne zobowiązanie nie było niedotrzymane dwa miesiące z rzędu.',
  'review.escalation.streak': 'niedotrzymane {months} ({list}).',
  'review.monthsRunning.one': '{n} raportowany miesiąc z rzędu',
  'review.monthsRunning.few': '{n} raportowane miesiące z rzędu',
  'review.monthsRunning.many': '{n} raportowanych miesięcy z rzędu',
  'review.monthsRunning.other': '{n} raportowanego miesiąca z rzędu',
  'review.escalation.step': 'Krok {n} ścieżki eskalacji z umowy: {text}',
  'review.escalation.noLadder': 'Umowa nie podaje ścieżki eskalacji: dodaj ją w kreatorze SLA.',
  'review.escalation.owner': 'Odpowiada: {team}',
  'review.escalation.ownerNamed': 'Odpowiada: {team}, {name}',
  'review.escalation.consequence': 'Umowa mówi: {text}',

  'review.pva.title': 'Plan a wykonanie: {month}',
  'review.pva.figure': 'Wartość',
  'review.pva.planned': 'Plan',
  'review.pva.actual': 'Wykonanie',
  'review.pva.conversions': 'Konwersja',
  'review.pva.step': 'Krok',
  'review.pva.stepName': '{from} → {to}',
  'review.pva.sameMonth': 'Ten miesiąc',
  'review.pva.costs': 'Koszty jednostkowe',
  'review.pva.cost': 'Koszt',
  'review.pva.costPerLead': 'Koszt leada',
  'review.pva.costPerDeal': 'Koszt wygranej transakcji',
  'review.pva.sameMonthHint':
    'Konwersje i koszty jednostkowe porównują tu liczby z tego samego miesiąca. Leady potrzebują czasu, żeby przejść przez lejek, więc w miesiącu, w którym wolumeny się zmieniają, to tylko wskazówka.',
  'review.figure.zero': 'Nie ma przez co dzielić',

  'review.charts.title': 'Plan a wykonanie, miesiąc po miesiącu',
  'review.charts.intro':
    'Każdy etap i przychód: plan jako jasne słupki, obok wykonanie, a liczby w tabeli.',
  'review.charts.label':
    '{figure}: plan i wykonanie w kolejnych miesiącach, miesiące z danymi: {months}. Liczby są w tabeli poniżej.',

  'review.reforecast.title': 'Nowa prognoza od teraz',
  'review.reforecast.target': 'Cel przychodu',
  'review.reforecast.won': 'Wygrane dotąd',
  'review.monthsCounted.one': 'z {n} miesiąca z danymi',
  'review.monthsCounted.few': 'z {n} miesięcy z danymi',
  'review.monthsCounted.many': 'z {n} miesięcy z danymi',
  'review.monthsCounted.other': 'z {n} miesiąca z danymi',
  'review.reforecast.gap': 'Jeszcze brakuje',
  'review.reforecast.reached': 'Cel osiągnięty',
  'review.reforecast.perMonth': 'Potrzeba na każdy pozostały miesiąc',
  'review.monthsRemaining.one': 'na {n} miesiąc',
  'review.monthsRemaining.few': 'na {n} miesiące',
  'review.monthsRemaining.many': 'na {n} miesięcy',
  'review.monthsRemaining.other': 'na {n} miesiąca',
  'review.reforecast.noneRemain': 'Nie został żaden miesiąc okresu',
  'review.reforecast.leadsNeeded': 'Nowe leady potrzebne miesięcznie',
  'review.reforecast.budget': 'Budżet na te leady',
  'review.reforecast.leadsSentence':
    'Żeby nadrobić brak, potrzeba jeszcze nowych leadów: {leads} przez {months} (pierwszy miesiąc: {from}), czyli {perMonth} miesięcznie wobec {planned} miesięcznie w planie.',
  'review.reforecast.outOfReach':
    'Poza zasięgiem nowych leadów: {months}. Leady na te miesiące powinny były już przyjść; te, które przyszły, powinny jeszcze przynieść około {revenue}.',
  'review.reforecast.reachActual':
    '{month}: leady na ten miesiąc przyszły wcześniej ({leadMonth}, wpisano: {leads}) i powinny przynieść około {revenue}.',
  'review.reforecast.reachPlan':
    '{month}: leady na ten miesiąc miały przyjść przed początkiem okresu ({leadMonth}); liczone są leady z planu ({leads}), które powinny przynieść około {revenue}.',

  'review.odds.title': 'Szanse na cel od teraz',
  'review.odds.source': 'Współczynniki do symulacji',
  'review.odds.plan': 'Zakresy z planu',
  'review.odds.measured': 'Połączone z dotychczasowymi danymi',
  'review.odds.blending':
    'Jak łączymy: planowany współczynnik każdego kroku liczy się tak, jakby zaobserwowano go na {prior} leadach, a do tego dochodzą zgłoszone przez ciebie konwersje. Dlatego 3 z 10 przy planowanych 50% przesuwa współczynnik do 49%, a 300 z 1000 do 33%: małe próby lekko poszerzają zakres, ale nie przekreślają planu. Symulacji z ustalonym ziarnem: {trials}, do każdej doliczamy już wygrany przychód.',
  'review.odds.running': 'Symulowanie pozostałych miesięcy…',
  'review.odds.waiting': 'Szanse pojawią się tu za chwilę.',
  'review.odds.ready': 'Symulacje: {trials}, na pozostały okres ({months}).',
  'review.odds.settled': 'Nie został żaden miesiąc do symulacji: wynik to to, co już wygrano.',
  'review.odds.probability': 'Szansa na osiągnięcie celu',
  'review.odds.p10': 'Suma okresu, P10 (9 na 10 wypada lepiej)',
  'review.odds.p50': 'Suma okresu, P50 (mediana)',
  'review.odds.p90': 'Suma okresu, P90 (1 na 10 wypada lepiej)',
  'review.odds.history': 'Jak zmieniały się szanse',
  'review.odds.asOf': 'Stan na',
  'review.odds.wonSoFar': 'Wygrane do tego czasu',
  'review.odds.planAlone': 'Sam plan',
  'review.odds.after': 'Po miesiącu: {month}',
  'review.odds.counted':
    'Liczone jako raportowane: {months}. Każdy inny miesiąc jest symulowany z planu, tak jak miesiące, które dopiero nadejdą.',
  'review.odds.noneCounted':
    'Żaden miesiąc nie jest jeszcze raportowany: każdy miesiąc jest symulowany z planu.',
  'review.odds.historyPlans':
    'Każdy wiersz symulowano na planie, z którym raportowano jego miesiąc.',
  'review.odds.historyPlanNow':
    'Raportowane, zanim plan zapisywano w całości, więc liczone na obecnym planie: {months}.',

  'review.notes.title': 'Notatki i decyzje: {month}',
  'review.notes.label': 'Notatki: {month}',
  'review.notes.none': 'Brak notatek.',
  'review.limit.upTo.one': 'Maksymalnie {n} znak.',
  'review.limit.upTo.few': 'Maksymalnie {n} znaki.',
  'review.limit.upTo.many': 'Maksymalnie {n} znaków.',
  'review.limit.upTo.other': 'Maksymalnie {n} znaku.',
  'review.limit.pasteRefused':
    'Wklejany tekst to {pasted}: razem z tym, co już tu jest, byłoby {after}, czyli ponad dozwolone {max}. Nic nie zostało wklejone; najpierw go skróć.',
  'review.characters.one': '{n} znak',
  'review.characters.few': '{n} znaki',
  'review.characters.many': '{n} znaków',
  'review.characters.other': '{n} znaku',
  'review.actions.title': 'Działania',
  'review.actions.hint':
    'Co uzgodniliście, kto to robi i do kiedy. Otwarte działania przechodzą na kolejne miesiące, dopóki nie zostaną zakończone.',
  'review.actions.text': 'Działanie',
  'review.actions.owner': 'Odpowiada',
  'review.actions.due': 'Termin',
  'review.actions.done': 'Zrobione',
  'review.actions.textLabel': 'Działanie {n}',
  'review.actions.ownerLabel': 'Kto odpowiada za działanie {n}',
  'review.actions.dueLabel': 'Miesiąc terminu działania {n}',
  'review.actions.doneLabel': 'Działanie {n} zrobione',
  'review.actions.noDue': 'Bez terminu',
  'review.actions.dueOn': 'termin: {month}',
  'review.actions.isDone': 'zrobione',
  'review.actions.isOpen': 'otwarte',
  'review.actions.isOverdue': 'po terminie',
  'review.actions.none': 'Brak działań w tym miesiącu.',
  'review.actions.carried': 'Przeniesione z miesiąca: {month}',
  'review.actions.doneIn': 'Wykonane w miesiącu: {month}',
  'review.actions.overdue': 'Po terminie',
  'review.actions.add': 'Dodaj działanie',
  'review.actions.remove': 'Usuń działanie {n}',
  'review.actions.removed': 'Usunięto działanie {n}.',
  'review.actuals.notDueRow': '{months}: jeszcze nie teraz',
  'review.unit.hoursShort': 'godz.',
  'review.unit.points': '{n} pkt proc.',
  'review.notes.overPrint':
    'Notatka ma ponad {max} znaków, więc nie trafia na wydruk, dopóki jej nie skrócisz.',
  'problem.otherCurrency':
    'Ta kwota jest podana w {sign}, a kwoty w zeszycie są w {currency}. Wpisz ją w {currency}: nic nie jest tu przeliczane.',
  'problem.pasteRagged':
    'Wiersz {row} wklejonego bloku ma inną liczbę komórek niż pierwszy (w tym wierszu: {found}; w pierwszym: {cellsExpected}). Wszystkie wiersze bloku muszą mieć tyle samo komórek. Nic nie zostało wklejone.',
  'problem.targetReached':
    'Nie trzeba: cel jest osiągnięty.',
  'problem.coveredByPipeline':
    'Nie trzeba: leady już wpisane powinny przynieść to, czego jeszcze brakuje.',
  'review.paste.doneOne':
    'Wklejono: {cells}, {month}.',
  'review.paste.toCheck.one':
    'Do sprawdzenia: {n} komórka — {cells}.',
  'review.paste.toCheck.few':
    'Do sprawdzenia: {n} komórki — {cells}.',
  'review.paste.toCheck.many':
    'Do sprawdzenia: {n} komórek — {cells}.',
  'review.paste.toCheck.other':
    'Do sprawdzenia: {n} komórki — {cells}.',
  'review.paste.cell':
    '{field} ({month})',
  'review.paste.more.one':
    '{n} inna',
  'review.paste.more.few':
    '{n} inne',
  'review.paste.more.many':
    '{n} innych',
  'review.paste.more.other':
    '{n} innej',
  'review.paste.kept':
    'Wklejony tekst zostaje w polu, dopóki wszystkich komórek nie da się odczytać: popraw go tam i wstaw ponownie albo popraw komórki w tabeli.',
  'review.actuals.reading':
    'Odczytano jako {value}',
  'review.actuals.toFix.one':
    '{n} wartość do poprawy',
  'review.actuals.toFix.few':
    '{n} wartości do poprawy',
  'review.actuals.toFix.many':
    '{n} wartości do poprawy',
  'review.actuals.toFix.other':
    '{n} wartości do poprawy',
  'review.month.unreadable':
    'W tym miesiącu coś wpisano, ale żadnej wartości nie da się jeszcze odczytać, więc miesiąc jest bez danych: popraw zaznaczone komórki w tabeli danych.',
  'review.reforecast.reachMissing':
    '{month}: leady na ten miesiąc miały przyjść wcześniej ({leadMonth}), ale dla tamtego miesiąca nie wpisano liczby leadów, więc nie są liczone. Wpisz je, aby je uwzględnić.',
};
