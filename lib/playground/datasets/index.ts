/**
 * The playground's shipped data sets: four classic data sets of R's `datasets` package, with the
 * source shown on screen beside them. Values were exported from R 4.2.2 (`format(x, digits = 15)`);
 * test/playground/datasets.test.ts checks them against R's summary statistics.
 */
import { FAITHFUL_ERUPTIONS, FAITHFUL_WAITING } from "./faithful-values";
import { DISCOVERIES, PRECIP, PRECIP_CITIES, RIVERS } from "./other-values";

export interface DatasetColumn {
  name: string;
  /** What the numbers measure, with the unit. */
  description: string;
  values: readonly number[];
}

export interface Dataset {
  id: string;
  title: string;
  /** One or two sentences: what the data are. */
  summary: string;
  /** The citation shown on screen: R's documentation and the original source. */
  source: string;
  columns: readonly DatasetColumn[];
  /** Models that suit the data best, first in the model list. */
  suggestedModel: string;
}

export const DATASETS: readonly Dataset[] = [
  {
    id: "faithful",
    title: "Old Faithful geyser",
    summary: "272 eruptions of Old Faithful, Yellowstone: how long each lasted and the wait until the next. Both are bimodal.",
    source:
      "R datasets::faithful (R Core Team, R 4.2.2). Härdle, W. (1991) Smoothing Techniques with Implementation in S, Springer; Azzalini, A. and Bowman, A. W. (1990) A look at some data on the Old Faithful geyser, Applied Statistics 39, 357–365.",
    columns: [
      { name: "eruptions", description: "eruption time, minutes", values: FAITHFUL_ERUPTIONS },
      { name: "waiting", description: "waiting time to the next eruption, minutes", values: FAITHFUL_WAITING },
    ],
    suggestedModel: "gmm",
  },
  {
    id: "discoveries",
    title: "Great discoveries",
    summary: "The number of “great” inventions and scientific discoveries in each year from 1860 to 1959 (100 counts).",
    source:
      "R datasets::discoveries (R Core Team, R 4.2.2). The World Almanac and Book of Facts, 1975 Edition, pages 315–318; McNeil, D. R. (1977) Interactive Data Analysis, Wiley.",
    columns: [{ name: "discoveries", description: "discoveries in one year, a count", values: DISCOVERIES }],
    suggestedModel: "poisson",
  },
  {
    id: "rivers",
    title: "Lengths of major North American rivers",
    summary: "The lengths of the 141 “major” rivers of North America, as compiled by the US Geological Survey. Strongly right-skewed.",
    source:
      "R datasets::rivers (R Core Team, R 4.2.2). World Almanac and Book of Facts, 1975, page 406; McNeil, D. R. (1977) Interactive Data Analysis, Wiley.",
    columns: [{ name: "length", description: "river length, miles", values: RIVERS }],
    suggestedModel: "lognormal",
  },
  {
    id: "precip",
    title: "Annual precipitation in US cities",
    summary: "Average yearly precipitation of 70 cities of the United States (and Puerto Rico).",
    source:
      "R datasets::precip (R Core Team, R 4.2.2). Statistical Abstracts of the United States, 1975; McNeil, D. R. (1977) Interactive Data Analysis, Wiley.",
    columns: [{ name: "precipitation", description: "average precipitation, inches per year", values: PRECIP }],
    suggestedModel: "normal",
  },
];

export { PRECIP_CITIES };

export function findDataset(id: string): Dataset | undefined {
  return DATASETS.find((dataset) => dataset.id === id);
}
