import type { AreaMessages } from '../types';

/** The KPI calculators and their index. Polish. */
export const calculators: AreaMessages<'calculators'> = {
  'calculators.title': 'Kalkulatory KPI',
  'calculators.lead':
    'Obliczaj wskaźniki, według których ocenia się sprzedaż i marketing, zobacz wzór z twoimi liczbami i dowiedz się, co mówi każdy z nich.',
  'calc.inputs': 'Twoje liczby',
  'calc.results': 'Wyniki',
  'calc.formula': 'Wzór',
  'calc.withYourNumbers': 'Z twoimi liczbami',
  'calc.meaning': 'Co mówi ten wskaźnik',
  'calc.rulesOfThumb': 'Praktyczne zasady',
  'calc.ruleOfThumbNote':
    'Praktyczne zasady to typowe punkty wyjścia, a nie cele: porównuj je z własną historią i swoją branżą.',
  'calc.source': 'Często cytowane źródło: {source}',
  'calc.guide': 'Przeczytaj o tym KPI w przewodniku',
  'calc.related': 'Inne kalkulatory z grupy „{team}”',
  'calc.resetDone': 'Kalkulator wrócił do przykładowych wartości.',
  'calc.examples':
    'To przykładowe wartości, nie twoje. Wpisz w ich miejsce własne albo wyczyść je wszystkie i zacznij od pustych pól.',
  'calc.clearExamples': 'Wyczyść przykłady',
  'calc.examplesCleared': 'Przykładowe wartości zostały wyczyszczone.',
  'calc.resultBar': 'Wynik',
  'calc.currencyNote': 'Kwoty są podane w {currency}.',
  'calc.changeCurrency': 'Zmień',
  'calc.marginsDiffer':
    'Obie średnie się różnią, bo linie produktów mają różną wielkość: łączny zysk ÷ łączny przychód waży każdą linię jej przychodem, a średnia marż traktuje każdą linię jednakowo.',
  'calc.marginsSame': 'Tutaj obie średnie są zgodne.',
  'calc.team.marketing': 'Marketing',
  'calc.team.sales': 'Sprzedaż',
  'calc.team.shared': 'Wspólne',
  'calc.teamHeading.marketing': 'KPI marketingu',
  'calc.teamHeading.sales': 'KPI sprzedaży',
  'calc.teamHeading.shared': 'Wspólne KPI',
  'calc.filter': 'Filtruj kalkulatory według nazwy',
  'calc.filterPlaceholder': 'np. CAC, churn, pipeline',
  'calc.filterCount.one': 'Kalkulatory: {n} z {total}',
  'calc.filterCount.few': 'Kalkulatory: {n} z {total}',
  'calc.filterCount.many': 'Kalkulatory: {n} z {total}',
  'calc.filterCount.other': 'Kalkulatory: {n} z {total}',
  'calc.filterNone': 'Żaden kalkulator nie pasuje do „{query}”.',
};
