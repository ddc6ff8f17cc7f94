// Ranges on inputs and the outputs a simulation records. One method per
// Calc function: convert arguments, call the core, map the status. The
// simulation itself runs elsewhere (addin/simulate/): in ordinary
// recalculation a range shows its median.
#include "calc_functions.hxx"

#include <cmath>

#include "../../core/tokwatt.h"
#include "arguments.hxx"

namespace tokwatt
{
double CalcFunctions::UNCERTAIN(double lo, double hi, const Any& likely, const Any& shape,
                                const Any& min, const Any& max)
{
    const auto name = optional_text(shape, "shape");
    tw_dist dist;
    if (tw_dist_make(lo, hi, optional_number(likely, "likely").value_or(NAN),
                     name ? name->c_str() : nullptr, optional_number(min, "min").value_or(NAN),
                     optional_number(max, "max").value_or(NAN), &dist)
        != TW_OK)
        reject("UNCERTAIN", tw_dist_problem_text(dist.problem));
    return call(tw_dist_median, "UNCERTAIN", static_cast<const tw_dist*>(&dist));
}

double CalcFunctions::SIMOUTPUT(double value, const Any& name)
{
    optional_text(name, "name"); // a name, if any, is text
    return value;
}
}
