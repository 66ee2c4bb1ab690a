/**
 * The extractor on short news articles written for this test in the styles of agencies, ministries
 * and analysis pieces (not taken from the seeds or the development set): each article holds a
 * dating rule of when.ts and events/dateOwnership.ts at work among others.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../scripts/extract/dates/tagDates';
import { runPipeline } from '../../../scripts/extract/pipeline';

const file = (name: string) => ({
  file: name,
  bytes: new Uint8Array(readFileSync(`tests/fixtures/articles/${name}`)),
});

describe('runPipeline() on news articles written for the test', () => {
  describe('a place-and-date lead without an agency, acts by the same decree (kk-code, ru-akim)', () => {
    const rr = runPipeline(['kk-code.txt', 'ru-akim.txt'].map(file), undefined, tagDates);
    const of = (id: string) =>
      rr.data.events
        .filter((e) => e.sources.some((s) => s.sourceId === id))
        .map((e) => `${e.type} ${e.date.edtf} ${e.status}`);

    it('reads "Астана, 12 наурыз 2025. Бүгін …" as the publication date and dates the bill by it', () => {
      expect(rr.failures).toEqual([]);
      expect(rr.data.sources.find((s) => s.id === 'kk-code')?.published).toBe('2025-03-12');
      expect(of('kk-code')).toEqual(
        expect.arrayContaining([
          'law 2025-03-12 reported', // today's first reading
          'law 2024-09-01 reported', // the bill put before Parliament
          'law 2026-01-01 planned', // in force from 1 January 2026
        ]),
      );
      // "Last week" (3–9 March) is a week, not a day: the discussion is placed in its month.
      expect(of('kk-code').filter((k) => k.startsWith('meeting'))).toEqual([
        'meeting 2025-03 reported',
      ]);
    });

    it('gives the dismissal "by the same decree" the decree’s day, and the plan its own', () => {
      expect(rr.data.sources.find((s) => s.id === 'ru-akim')?.published).toBe('2025-04-15');
      expect(of('ru-akim')).toEqual(
        expect.arrayContaining([
          'appointment 2025-04-15 reported', // "указ о назначении": the appointment it makes
          'resignation 2025-04-15 reported',
          'meeting 2025-04-16 planned',
          'meeting 2025-03 reported',
        ]),
      );
      const dismissal = rr.data.events.find((e) => e.type === 'resignation');
      expect(dismissal?.date).toMatchObject({ method: 'context', certainty: 'inferred' });
    });
  });

  describe('results announced, the eve of a congress, a rubric before the date (kk-results, ru-list)', () => {
    const rr = runPipeline(['kk-results.txt', 'ru-list.txt'].map(file), undefined, tagDates);
    const of = (id: string) =>
      rr.data.events
        .filter((e) => e.sources.some((s) => s.sourceId === id))
        .map((e) => `${e.type} ${e.date.edtf}`);

    it('tells the announcement of results (today) from the vote (its own day)', () => {
      expect(rr.failures).toEqual([]);
      expect(of('kk-results')).toEqual(
        expect.arrayContaining([
          'statement 2023-03-25',
          'election 2023-03-19',
          'decree 2023-01-19',
          // (A chamber's sitting is its session, as the annotators record it.)
          'session 2023-03-29',
          'election 2022-11-20',
        ]),
      );
      expect(of('kk-results')).not.toContain('statement 2023-03-19');
    });

    it('reads "Новости Казахстана 28 января 2023" and does not date a congress by its eve', () => {
      expect(rr.data.sources.find((s) => s.id === 'ru-list')?.published).toBe('2023-01-28');
      expect(of('ru-list')).toEqual(
        expect.arrayContaining([
          'congress 2023-01-25',
          'meeting 2023-01-24',
          'other 2022-10-28',
          'election 2023-03-19',
        ]),
      );
      expect(of('ru-list')).not.toContain('congress 2023-01-24');
      // The year of "28 октября 2022" registration never leaks into this year's days.
      expect(of('ru-list').filter((k) => k.includes('2022-0'))).toEqual([]);
    });
  });

  describe('a two-day visit, a range that an act began, amendments as a reform (kk-visit, ru-amendments)', () => {
    const rr = runPipeline(['kk-visit.txt', 'ru-amendments.txt'].map(file), undefined, tagDates);
    const of = (id: string) =>
      rr.data.events
        .filter((e) => e.sources.some((s) => s.sourceId === id))
        .map((e) => `${e.type} ${e.date.edtf}`);

    it('dates a visit over two days by its first day and the documents signed "at that time" at its month', () => {
      expect(rr.failures).toEqual([]);
      expect(of('kk-visit')).toEqual(
        expect.arrayContaining([
          'meeting 2024-05-12', // the visit of 12-13 May, from the day it opened
          'meeting 2024-05-10', // today's audience
          'meeting 2023-12', // last December's visit
          'other 2023-12', // 15 documents signed then
        ]),
      );
    });

    it('dates each step of an amendment by its own clause', () => {
      expect(of('ru-amendments')).toEqual(
        expect.arrayContaining([
          'reform 2022-09-15', // approved today
          'law 2022-09-06', // put before Parliament
          'address 2022-09-01',
          'referendum 2022-06-05',
          'other 2022-01', // the unrest, not the emergency's days
          'other 2022-01-05', // the state of emergency, from the day it began
        ]),
      );
      expect(of('ru-amendments')).not.toContain('other 2022-01-05/2022-01-19');
    });
  });

  describe('an audience told in several sentences, an analysis full of recalls (kk-audience, ru-analysis)', () => {
    const rr = runPipeline(['kk-audience.txt', 'ru-analysis.txt'].map(file), undefined, tagDates);
    const of = (id: string) =>
      rr.data.events
        .filter((e) => e.sources.some((s) => s.sourceId === id))
        .map((e) => `${e.type} ${e.date.edtf}`);

    it('tells one audience, not a second meeting for what was discussed at it', () => {
      expect(rr.failures).toEqual([]);
      expect(of('kk-audience')).toEqual(['appointment 2023-01-27', 'meeting 2025-02-14']);
    });

    it('places an analysis’s recalls at their own dates and nothing at its publication date', () => {
      expect(of('ru-analysis')).toEqual(
        expect.arrayContaining([
          'proposal 2022',
          'reform 2022', // "тогда же" amendments to the Constitution, not a bill
          'coalition 2026-02',
          'referendum 2026-03-15',
        ]),
      );
      expect(of('ru-analysis').some((k) => k.endsWith('2026-03-03'))).toBe(false);
      expect(of('ru-analysis').some((k) => k.startsWith('law'))).toBe(false);
    });
  });

  describe('a week told by weekdays, results of a vote in an undated article (ru-weekdays, kk-npp)', () => {
    const rr = runPipeline(['ru-weekdays.txt', 'kk-npp.txt'].map(file), undefined, tagDates);
    const of = (id: string) =>
      rr.data.events
        .filter((e) => e.sources.some((s) => s.sourceId === id))
        .map((e) => `${e.type} ${e.date.edtf} ${e.status}`);

    it('reads each weekday by its verb: Monday to Wednesday done, Friday ahead; "накануне" the day before Monday', () => {
      expect(rr.failures).toEqual([]);
      expect(of('ru-weekdays')).toEqual([
        'other 2024-06-09 reported', // "В понедельник … . Накануне правительство утвердило план"
        'meeting 2024-06-10 reported',
        'meeting 2024-06-11 reported',
        'meeting 2024-06-12 reported',
        'meeting 2024-06-14 planned',
      ]);
    });

    it('dates the vote, the decision to hold it and the announcement of results apart', () => {
      expect(of('kk-npp')).toEqual([
        'address 2024-09-02 reported',
        'referendum 2024-10-06 reported', // year from the article's 2024
        'statement 2024-10-07 reported',
      ]);
    });
  });

  describe('a sitting with a deadline and a season adjective, a bill on elections (kk-floods, ru-election-law)', () => {
    const rr = runPipeline(['kk-floods.txt', 'ru-election-law.txt'].map(file), undefined, tagDates);
    const of = (id: string) =>
      rr.data.events
        .filter((e) => e.sources.some((s) => s.sourceId === id))
        .map((e) => `${e.type} ${e.date.edtf}`);

    it('dates the government’s sitting by the dateline, not by "15 наурызға дейін" or "көктемгі"; the check is due by 15 March', () => {
      expect(rr.failures).toEqual([]);
      expect(rr.data.sources.find((s) => s.id === 'kk-floods')?.published).toBe('2024-03-05');
      // (The ministry's round-the-clock work "1 наурыздан бастап" is its own dated event.)
      expect(of('kk-floods')).toEqual([
        'address 2023-09-01',
        'other 2024-03-01',
        'meeting 2024-03-05',
        'other 2024-03-15',
      ]);
    });

    it('reads "29 мая 2024 | 14:05", a law on elections (no election), the bill submitted in March', () => {
      expect(rr.data.sources.find((s) => s.id === 'ru-election-law')?.published).toBe(
        '2024-05-29T14:05:00',
      );
      expect(of('ru-election-law')).toEqual(['law 2024-03', 'law 2024-05-29']);
    });
  });

  describe('local elections and a reform, a state visit (kk-akims, ru-visit)', () => {
    const rr = runPipeline(['kk-akims.txt', 'ru-visit.txt'].map(file), undefined, tagDates);
    const of = (id: string) =>
      rr.data.events
        .filter((e) => e.sources.some((s) => s.sourceId === id))
        .map((e) => `${e.type} ${e.date.edtf}`);

    it('tells the elections held from the rule that introduced them', () => {
      expect(rr.failures).toEqual([]);
      expect(of('kk-akims')).toEqual([
        'reform 2024', // direct elections introduced from 2024, not an election in 2024
        'election 2024-03-17',
        'election 2024-08-18',
        'appointment 2024-08-19',
        'election 2024-11',
      ]);
    });

    it('dates the arrival "накануне вечером" the day before, the talks and the declaration today', () => {
      expect(of('ru-visit')).toEqual(
        expect.arrayContaining([
          'meeting 2023-11',
          'meeting 2025-05-26',
          'meeting 2025-05-27',
          'other 2025-05-27',
        ]),
      );
    });
  });

  describe('a party congress told with its plans and history (kk-party-congress)', () => {
    const rr = runPipeline(['kk-party-congress.txt'].map(file), undefined, tagDates);
    const kinds = rr.data.events.map((e) => `${e.type} ${e.date.edtf}`);

    it('dates the congress today, its plan for "алдағы жылға" nowhere, the next one in spring 2025', () => {
      expect(rr.failures).toEqual([]);
      expect(kinds).toEqual([
        'other 2022-11', // registered
        'election 2023-03-19',
        'appointment 2024-01-12', // the council's make-up approved
        'congress 2024-01-12',
        'congress 2025', // spring 2025, dated by its year (events/dateEvent.ts toEdtf)
      ]);
    });
  });

  describe('a court’s ruling on a law, a race for akim (kk-court, ru-akim-race)', () => {
    const rr = runPipeline(['kk-court.txt', 'ru-akim-race.txt'].map(file), undefined, tagDates);
    const of = (id: string) =>
      rr.data.events
        .filter((e) => e.sources.some((s) => s.sourceId === id))
        .map((e) => `${e.type} ${e.date.edtf}`);

    it('tells the court’s resolution from the law it ruled on, and dates when the court began', () => {
      expect(rr.failures).toEqual([]);
      // (The resolution that finds norms not to conform to the Constitution is the court's ruling,
      // one event with the headline's "… Конституцияға сәйкес емес деп таныды".)
      expect(of('kk-court')).toEqual(['other 2023-01-01', 'other 2025-11-18']);
    });

    it('reads "в минувшую пятницу", a deadline, a day set, and a change of system announced', () => {
      expect(of('ru-akim-race')).toEqual([
        'reform 2021',
        'election 2024-03-17',
        'other 2025-10-10',
        // "Регистрация кандидатов продлится до 20 октября": the step ends on its deadline.
        'other 2025-10-20',
        'election 2025-11-09',
      ]);
    });
  });

  describe('a decree dated by the paragraph that reports it (ru-referendum-decree)', () => {
    const rr = runPipeline(['ru-referendum-decree.txt'].map(file), undefined, tagDates);
    const kinds = rr.data.events.map((e) => `${e.type} ${e.date.edtf}`);

    it('dates the lead’s decree by "Об этом сообщила … в четверг, 12 февраля", the vote by its day', () => {
      expect(rr.failures).toEqual([]);
      expect(kinds).toEqual(
        expect.arrayContaining([
          'decree 2026-02-12',
          'referendum 2026-03-15',
          // (The commission's sitting is told by what it does: its calendar plan, one item.)
          'other 2026-02-13',
        ]),
      );
      // The commission's sitting "по подготовке к референдуму" is not the referendum.
      expect(kinds).not.toContain('referendum 2026-02-13');
      const decree = rr.data.events.find((e) => e.type === 'decree');
      expect(decree?.date).toMatchObject({ method: 'context', certainty: 'inferred' });
    });
  });

  describe('a chamber passing a law at a sitting held on a weekday (kk-senate-budget)', () => {
    const rr = runPipeline(['kk-senate-budget.txt'].map(file), undefined, tagDates);
    const kinds = rr.data.events.map((e) => `${e.type} ${e.date.edtf}`);

    it('dates the law passed "бейсенбі күні өткен отырыста" on that Thursday, the reading on Tuesday', () => {
      expect(rr.failures).toEqual([]);
      expect(kinds).toEqual(expect.arrayContaining(['law 2025-06-10', 'law 2025-06-12']));
      // "бюджет туралы заң" is a law on the budget: the sitting is no topic of it.
      expect(kinds.some((k) => k.startsWith('law 2025-06-12'))).toBe(true);
    });
  });

  describe('a founding meeting told by an organiser (ru-new-party)', () => {
    const rr = runPipeline(['ru-new-party.txt'].map(file), undefined, tagDates);
    const kinds = rr.data.events.map((e) => `${e.type} ${e.date.edtf}`);

    it('dates the meeting by its own day, reads an "инициативная группа" as no proposal', () => {
      expect(rr.failures).toEqual([]);
      expect(kinds).toEqual(['other 2023', 'meeting 2025-04-02']);
      // Papers to be filed "до конца месяца": a plan with a deadline, not placed.
      expect(rr.data.unplaced.some((u) => u.reasonCode === 'planned-no-date')).toBe(true);
    });
  });

  describe('a session of the National Kurultai and its previous one (kk-kurultai-fourth)', () => {
    const rr = runPipeline(['kk-kurultai-fourth.txt'].map(file), undefined, tagDates);
    const kinds = rr.data.events.map((e) => `${e.type} ${e.date.edtf}`);

    it('reads a bare "Құрылтайдың" in a Kurultai article as the council, and a possibility as no plan', () => {
      expect(rr.failures).toEqual([]);
      expect(kinds).toEqual(
        expect.arrayContaining(['meeting 2025-03-14', 'meeting 2024-03-15', 'proposal 2025-03-14']),
      );
      expect(kinds.some((k) => k.startsWith('congress'))).toBe(false);
      // "референдум өткізу мүмкіндігін жоққа шығармады": not ruled out is not announced.
      expect(kinds.some((k) => k.startsWith('referendum'))).toBe(false);
    });
  });

  describe('a minister’s resignation and an acting minister (ru-minister-resigns)', () => {
    const rr = runPipeline(['ru-minister-resigns.txt'].map(file), undefined, tagDates);
    const kinds = rr.data.events.map((e) => `${e.type} ${e.date.edtf}`);

    it('places the resignation, the decree and the acting minister on the day, the past appointment at its month', () => {
      expect(rr.failures).toEqual([]);
      expect(kinds).toEqual([
        'appointment 2024-01', // "возглавлял министерство с января 2024 года": took it then
        'appointment 2025-11-20', // "исполнение обязанностей возложено" told as the news
        'decree 2025-11-20',
        'resignation 2025-11-20',
      ]);
    });
  });
});

describe('runPipeline() on an agency article whose dateline names no year (kk-yearless-dateline)', () => {
  const rr = runPipeline([file('kk-yearless-dateline.txt')], undefined, tagDates);
  const events = rr.data.events.map((e) => `${e.type} ${e.date.edtf} ${e.status}`);

  it('takes the year the article’s tensed dates leave, and says so', () => {
    const source = rr.data.sources[0]!;
    expect(source.published).toBe('2026-02-24');
    expect(source.publishedFrom).toBe('header');
    expect(source.warnings.join(' ')).toMatch(/02-24 without a year; 2026 is inferred/u);
  });

  it('dates "кеше" and the year-less days by it, and the referendum ahead', () => {
    expect(events).toEqual(
      expect.arrayContaining([
        'session 2026-02-23 reported', // "Кеше … сессиясында"
        'referendum 2026-03-15 planned',
        'referendum 2024-10-06 reported',
      ]),
    );
    // The commission is no referendum of its own day, nor is money to organise it.
    expect(events.filter((e) => e.startsWith('referendum 2026-02'))).toEqual([]);
  });
});
