import type { AreaMessages } from '../types';

/** The home page. Polish. */
export const home: AreaMessages<'home'> = {
  'home.title': 'Sprzedaż i marketing planowane razem',
  'home.lead':
    'Bezpłatny zeszyt dla zespołów, które sprzedają: dowiedz się, czym różnią się sprzedaż i marketing, przełóż cel przychodowy na leady i budżet oraz uzgodnij umowę o poziomie usług, której oba zespoły będą w stanie dotrzymać.',
  'home.learn.title': 'Poznaj',
  'home.learn.body':
    'Krótkie przewodniki o tym, czym sprzedaż różni się od marketingu, o 4P i 7P, temperaturze leadów, MQL i SQL, KPI i umowie SLA – każdy z quizem i słownikiem pod ręką.',
  'home.learn.cta': 'Rozpocznij ścieżkę nauki',
  'home.plan.title': 'Zaplanuj',
  'home.plan.body':
    'Policz wstecz od celu przychodowego do transakcji, szans sprzedażowych, leadów, budżetu i liczby miesięcy, których wymaga – z zakresem możliwych wyników i szansą na jego osiągnięcie.',
  'home.plan.cta': 'Otwórz planer lejka',
  'home.plan.secondary': 'Albo oblicz pojedynczy KPI',
  'home.agree.title': 'Uzgodnij',
  'home.agree.body':
    'Opracuj wspólnie z drugim zespołem umowę SLA między sprzedażą a marketingiem: definicje, wolumeny z twojego planu, czasy reakcji i to, co się dzieje, gdy któraś ze stron nie dotrzyma zobowiązań. Wydrukuj ją i daj do podpisu.',
  'home.agree.cta': 'Utwórz umowę SLA',
  'home.print.title': 'Weź plan na spotkanie',
  'home.print.body':
    'Pakiet planu zbiera twój lejek, cele KPI, umowę SLA i arkusze robocze w jeden dokument, który dobrze się drukuje w każdej wersji językowej.',
  'home.print.cta': 'Przygotuj pakiet planu',
  'home.privacy.title': 'Prywatność od podstaw',
  'home.privacy.body':
    'Nie ma kont ani serwera. Twoja praca jest zapisywana w tej przeglądarce; wyeksportuj ją do pliku, aby ją przenieść lub zachować kopię.',
};
