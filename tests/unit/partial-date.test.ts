import { describe, expect, it } from "vitest";
import {
  formatPartialDate,
  formatPeriod,
  parsePartialDate,
  partialDateToString,
  periodEnd,
} from "@/lib/dates/partial-date";

/** formatPeriod of two partial-date strings (null for a missing end). */
function period(start: string | null, end: string | null): string | null {
  return formatPeriod(start ? parsePartialDate(start) : null, end ? parsePartialDate(end) : null);
}

describe("partial dates", () => {
  it("parses year, month and day precision", () => {
    expect(parsePartialDate("2018")).toEqual({ date: new Date(Date.UTC(2018, 0, 1)), precision: "YEAR" });
    expect(parsePartialDate("2018-06")).toEqual({ date: new Date(Date.UTC(2018, 5, 1)), precision: "MONTH" });
    expect(parsePartialDate("2018-09-20")).toEqual({
      date: new Date(Date.UTC(2018, 8, 20)),
      precision: "DAY",
    });
  });

  it("rejects impossible dates", () => {
    expect(parsePartialDate("2018-02-30")).toBeNull();
    expect(parsePartialDate("2018-13")).toBeNull();
    expect(parsePartialDate("20/09/2018")).toBeNull();
  });

  it("round-trips through its string form", () => {
    for (const s of ["2019", "2018-11", "2019-02-07"]) {
      const p = parsePartialDate(s)!;
      expect(partialDateToString(p.date, p.precision)).toBe(s);
    }
  });

  it("formats in French", () => {
    const f = (s: string) => {
      const p = parsePartialDate(s)!;
      return formatPartialDate(p.date, p.precision);
    };
    expect(f("2018-09-20")).toBe("20 septembre 2018");
    expect(f("2018-09-01")).toBe("1er septembre 2018");
    expect(f("2018-08")).toBe("août 2018");
    expect(f("2018")).toBe("2018");
  });

  it("formats periods", () => {
    expect(period("2018-06-13", "2018-06-21")).toBe("du 13 au 21 juin 2018");
    expect(period("2018", "2020")).toBe("de 2018 à 2020");
    expect(period("2018-09-20", null)).toBe("le 20 septembre 2018");
    expect(formatPeriod(null, null)).toBeNull();
  });

  it("writes a month range's shared year once", () => {
    expect(period("2018-09", "2018-12")).toBe("de septembre à décembre 2018");
    expect(period("2018-09", "2019-03")).toBe("de septembre 2018 à mars 2019");
  });

  it("elides « de » before a vowel", () => {
    expect(period("2018-04", "2018-06")).toBe("d'avril à juin 2018");
    expect(period("2018-10", "2019-03")).toBe("d'octobre 2018 à mars 2019");
    expect(period("2018-08", "2018-12")).toBe("d'août à décembre 2018");
    expect(period("2018-01", "2018-04")).toBe("de janvier à avril 2018");
  });

  it("writes a day range's shared month and year once", () => {
    expect(period("2018-09-03", "2018-09-12")).toBe("du 3 au 12 septembre 2018");
    expect(period("2018-09-03", "2018-10-02")).toBe("du 3 septembre au 2 octobre 2018");
    expect(period("2018-09-03", "2019-10-02")).toBe("du 3 septembre 2018 au 2 octobre 2019");
  });

  it("writes the first day of a month 1er in a range", () => {
    expect(period("2018-09-01", "2018-09-03")).toBe("du 1er au 3 septembre 2018");
    expect(period("2018-08-28", "2018-09-01")).toBe("du 28 août au 1er septembre 2018");
    expect(period(null, "2018-10-01")).toBe("jusqu'au 1er octobre 2018");
  });

  it("joins ends of different precisions", () => {
    expect(period("2018-09-03", "2018-12")).toBe("du 3 septembre à décembre 2018");
    expect(period("2018-04", "2018-06-15")).toBe("d'avril au 15 juin 2018");
    expect(period("2018", "2019-03")).toBe("de 2018 à mars 2019");
    expect(period("2018-09", "2019")).toBe("de septembre 2018 à 2019");
  });

  it("dates a period with no end by its start alone (a one-off event reads right too)", () => {
    expect(period("2018-09", null)).toBe("en septembre 2018");
    expect(period("2018-04", null)).toBe("en avril 2018");
    expect(period("2017", null)).toBe("en 2017");
    expect(period("2018-09-20", null)).toBe("le 20 septembre 2018");
  });

  it("says when a period with no known start ends", () => {
    expect(period(null, "2018-09")).toBe("jusqu'en septembre 2018");
    expect(period(null, "2018-04")).toBe("jusqu'en avril 2018");
    expect(period(null, "2019")).toBe("jusqu'en 2019");
    expect(period(null, "2018-09-12")).toBe("jusqu'au 12 septembre 2018");
  });

  it("gives a period whose ends are written the same as the date alone", () => {
    expect(period("2018-09-20", "2018-09-20")).toBe("20 septembre 2018");
    expect(period("2018-11", "2018-11")).toBe("novembre 2018");
    expect(period("2018", "2018")).toBe("2018");
  });

  it("knows where a period ends", () => {
    expect(periodEnd(parsePartialDate("2018")!)).toEqual(new Date(Date.UTC(2018, 11, 31)));
    expect(periodEnd(parsePartialDate("2018-02")!)).toEqual(new Date(Date.UTC(2018, 1, 28)));
  });
});
