// Turns what Calc passes into what the core takes, and the core's statuses
// into what Calc shows: every rejected argument and every failing status
// except overflow becomes an IllegalArgumentException (Err:502); overflow
// comes back as NaN, which Calc shows as #NUM!.
#pragma once

#include <optional>
#include <vector>

#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Sequence.hxx>

namespace tokwatt
{
using Range = css::uno::Sequence<css::uno::Sequence<css::uno::Any>>;

// Throws IllegalArgumentException naming the argument and the reason.
[[noreturn]] void reject(const char* argument, const char* reason);

// An optional number: nullopt when omitted; a number or a one-cell range.
// Text, an empty cell inside a range, or a larger range is rejected.
std::optional<double> optional_number(const css::uno::Any& value, const char* argument);

// A list of numbers from one row or one column (or a single number).
// Empty cells, text and 2-D ranges are rejected.
std::vector<double> list(const Range& range, const char* argument);

// As list(), or an empty optional when the argument was omitted.
std::optional<std::vector<double>> optional_list(const css::uno::Any& value,
                                                 const char* argument);

// The core's answer as Calc's: the value on TW_OK, NaN (#NUM!) on
// TW_EOVERFLOW, and an IllegalArgumentException for every other status.
double checked(int status, double value, const char* function);

// Calls a core function that ends in a `double *out` and maps its status:
// call(tw_puser, "PUSER", tokens_per_day, e_eff).
template <class Core, class... Args>
double call(Core core, const char* function, Args... args)
{
    double out;
    const int status = core(args..., &out);
    return checked(status, out, function);
}
}
