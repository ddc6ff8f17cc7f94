#include "arguments.hxx"

#include <string>

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <rtl/ustring.hxx>

#include "../../core/tokwatt.h"

using css::uno::Any;
using css::uno::TypeClass_DOUBLE;

namespace tokwatt
{
void reject(const char* argument, const char* reason)
{
    throw css::lang::IllegalArgumentException(
        rtl::OUString::createFromAscii((std::string(argument) + ": " + reason).c_str()),
        css::uno::Reference<css::uno::XInterface>(), 0);
}

namespace
{
// The range an `any` holds (Calc passes a cell bound to an `any` parameter
// as a 1x1 range), read in place, or nullptr. Never `Range r; any >>= r;
// r[0][0]`: indexing a non-const Sequence that shares its buffer copies it
// on write, the outer and then the inner sequence, on every call.
const Range* as_range(const Any& value)
{
    if (value.getValueTypeClass() != css::uno::TypeClass_SEQUENCE
        || value.getValueType() != cppu::UnoType<Range>::get())
        return nullptr;
    return static_cast<const Range*>(value.getValue());
}

double cell_number(const Any& cell, const char* argument)
{
    if (cell.getValueTypeClass() == TypeClass_DOUBLE)
        return *static_cast<const double*>(cell.getValue());
    double number;
    if (cell >>= number) // other numeric types a caller might pass
        return number;
    reject(argument, cell.hasValue() ? "not a number" : "empty cell");
}
}

std::vector<double> list(const Range& range, const char* argument)
{
    const sal_Int32 rows = range.getLength();
    const sal_Int32 cols = rows ? range[0].getLength() : 0;
    if (rows > 1 && cols > 1)
        reject(argument, "a 2-D range where one row or one column is needed");
    std::vector<double> numbers;
    numbers.reserve(static_cast<std::size_t>(rows) * static_cast<std::size_t>(cols));
    for (const auto& row : range)
        for (const Any& cell : row)
            numbers.push_back(cell_number(cell, argument));
    return numbers;
}

std::optional<std::vector<double>> optional_list(const Any& value, const char* argument)
{
    if (!value.hasValue())
        return std::nullopt;
    Range range;
    if (value >>= range)
        return list(range, argument);
    return std::vector<double>{ cell_number(value, argument) };
}

std::optional<double> optional_number(const Any& value, const char* argument)
{
    if (!value.hasValue())
        return std::nullopt;
    if (value.getValueTypeClass() == TypeClass_DOUBLE)
        return *static_cast<const double*>(value.getValue());
    if (const Range* range = as_range(value))
    {
        if (range->getLength() != 1 || (*range)[0].getLength() != 1)
            reject(argument, "a range where one number is needed");
        return cell_number((*range)[0][0], argument);
    }
    return cell_number(value, argument);
}

std::string text(const rtl::OUString& value)
{
    return rtl::OUStringToOString(value, RTL_TEXTENCODING_UTF8).getStr();
}

namespace
{
// A name: typed in ("us_electricity"), or in one cell (J4, or J4:J4, which
// Calc passes as a one-cell range).
bool name_in(const Any& value, rtl::OUString& name)
{
    const Range* range = as_range(value);
    if (range && range->getLength() == 1 && (*range)[0].getLength() == 1)
        return (*range)[0][0] >>= name;
    return value >>= name;
}
}

std::optional<std::string> optional_text(const Any& value, const char* argument)
{
    if (!value.hasValue())
        return std::nullopt;
    rtl::OUString name;
    if (!name_in(value, name))
        reject(argument, "a name (text) is needed");
    return text(name);
}

std::optional<double> optional_number_or_preset(const Any& value, const char* argument,
                                                int (*lookup)(const char*, double*))
{
    rtl::OUString name;
    if (!name_in(value, name))
        return optional_number(value, argument);
    return call(lookup, argument, text(name).c_str());
}

std::optional<double> optional_power(const Any& value, const char* argument)
{
    return optional_number_or_preset(value, argument, tw_powerref);
}

std::optional<std::vector<double>> optional_power_list(const Any& value, const char* argument)
{
    rtl::OUString name;
    if (!name_in(value, name))
        return optional_list(value, argument);
    return std::vector<double>{ call(tw_powerref, argument, text(name).c_str()) };
}

double checked(int status, double value, const char* function)
{
    if (status == TW_OK || status == TW_EOVERFLOW)
        return value;
    reject(function, tw_strerror(status));
}
}
