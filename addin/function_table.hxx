// The one description of every Calc function the add-in offers: names,
// help, arguments, optional flags, category. The IDL (via idl_writer), the
// XAddIn metadata and the README's reference are all read from it.
// Plain C++ with no UNO types, so build tools can include it.
#pragma once

#include <cstddef>

namespace tokwatt
{
// How Calc hands an argument over; decides its IDL type and whether the
// Function Wizard shows it as optional (Calc makes exactly `any` optional).
enum class ArgKind
{
    Number,   // IDL double: required; text gives #VALUE!, empty cell 0
    Optional, // IDL any: may be omitted; a number, a range, or a text
    Range,    // IDL sequence<sequence<any>>: required; a range or a number
    Text,     // IDL string: required; a name such as "H100"
};

enum class ResultKind
{
    Number, // IDL double
    Array,  // IDL sequence<sequence<double>>
    Text,   // IDL string
};

struct ArgInfo
{
    const char* name; // shown in the Function Wizard; nullptr ends the list
    ArgKind kind;
    const char* help;
};

constexpr std::size_t max_args = 6;

struct FunctionInfo
{
    // Display name and programmatic (stored) name at once: ODF files store
    // SERVICE.NAME.<name>, so it is a file format. Never rename.
    const char* name;
    const char* category; // one of Calc's fixed English category names
    ResultKind result;
    const char* help;
    ArgInfo args[max_args + 1];
    // The scalar core function (core/tw_functions.h) that takes exactly
    // these arguments in this order, whose domains the help must state;
    // nullptr for functions of lists, profiles or names.
    const char* core = nullptr;

    std::size_t arg_count() const
    {
        std::size_t n = 0;
        while (args[n].name)
            ++n;
        return n;
    }
};

// The UNO service Calc stores before every method name (a file format too).
extern const char* const service_name;
extern const char* const implementation_name;

extern const FunctionInfo functions[];
extern const std::size_t function_count;

// The function with this name (ASCII case-insensitive), or nullptr.
const FunctionInfo* find_function(const char* name);
}
