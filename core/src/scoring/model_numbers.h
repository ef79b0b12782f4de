// The numbers of the scoring model (scoring.h), defined in scoring.cpp with the steps that use them.
// A leaf header: the index compiles shares and the decay table with these functions, the scorer
// reads what it compiled, and neither restates the rules.
#pragma once
#include <vector>

#include "sweetspot/codes.h"

namespace sweetspot {

// Scores, weights and shares are fixed-point integers in units of 1/10000. Sums of integers do not
// depend on order, so results are identical on every platform and for any input order, and the
// reasons of an axis add up to its score exactly.
constexpr int kUnit = kScoreUnits;

int to_units(double x);  // round half away from zero, x in [0,1]

// Step 2: the match factor of a demand that meets a skill `hops` broader or narrower: decay^hops,
// for hops 0..max_hops.
std::vector<double> match_by_hops(double decay, int max_hops);

// Step 3: a course's skill weights as shares that sum to exactly kUnit (largest remainder: the floor
// of each exact share, then one unit more to the largest remainders, ties to the earlier skill).
// All zero when every weight is.
void shares_from_weights(const std::vector<double>& weights, std::vector<int>& shares);

}  // namespace sweetspot
