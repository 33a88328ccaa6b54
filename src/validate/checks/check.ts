// What a check is: a function from the data (as far as it could be read) and the build's figures to the
// problems it finds. Pure: it reads, it never reports elsewhere, it never throws at a user.
import type { Figures } from "../../compute/figures.js";
import type { Problem } from "../../core/problem.js";
import type { DataSet } from "../../model/types.js";

export type Check = (data: DataSet, figures: Figures) => Problem[];
