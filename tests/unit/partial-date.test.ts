import { describe, expect, it } from "vitest";
import { formatPartialDate, formatPeriod, parsePartialDate, partialDateToString, periodEnd } from "@/lib/dates/partial-date";

describe("partial dates", () => {
  it("parses year, month and day precision", () => {
    expect(parsePartialDate("2018")).toEqual({ date: new Date(Date.UTC(2018, 0, 1)), precision: "YEAR" });
    expect(parsePartialDate("2018-06")).toEqual({ date: new Date(Date.UTC(2018, 5, 1)), precision: "MONTH" });
    expect(parsePartialDate("2018-09-20")).toEqual({ date: new Date(Date.UTC(2018, 8, 20)), precision: "DAY" });
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
    expect(formatPeriod(parsePartialDate("2018-06-13"), parsePartialDate("2018-06-21"))).toBe("du 13 juin 2018 au 21 juin 2018");
    expect(formatPeriod(parsePartialDate("2018"), parsePartialDate("2020"))).toBe("de 2018 à 2020");
    expect(formatPeriod(parsePartialDate("2018-09-20"), null)).toBe("le 20 septembre 2018");
    expect(formatPeriod(null, null)).toBeNull();
  });

  it("knows where a period ends", () => {
    expect(periodEnd(parsePartialDate("2018")!)).toEqual(new Date(Date.UTC(2018, 11, 31)));
    expect(periodEnd(parsePartialDate("2018-02")!)).toEqual(new Date(Date.UTC(2018, 1, 28)));
  });
});
