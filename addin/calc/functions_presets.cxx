// The sourced preset catalog and power in words. One method per Calc
// function: convert arguments, call the core, map the status.
#include "calc_functions.hxx"

#include <string>

#include "../../core/tokwatt.h"
#include "arguments.hxx"

namespace tokwatt
{
double CalcFunctions::GPU(const OUString& name, const OUString& field)
{
    return call(tw_gpu_field, "GPU", text(name).c_str(), text(field).c_str());
}

double CalcFunctions::POWERREF(const OUString& name)
{
    return call(tw_powerref, "POWERREF", text(name).c_str());
}

double CalcFunctions::CACHEPROFILE(const OUString& name, const OUString& field)
{
    return call(tw_cache_field, "CACHEPROFILE", text(name).c_str(), text(field).c_str());
}

OUString CalcFunctions::PRESETINFO(const OUString& name)
{
    return call_text(tw_presetinfo, "PRESETINFO", text(name).c_str());
}

OUString CalcFunctions::TOKWATTVERSION()
{
    return OUString::createFromAscii(
        (std::string("tokwatt " TW_VERSION ", catalog ") + tw_catalog_version).c_str());
}

OUString CalcFunctions::POWERCOMPARE(double p_w, const Any& reference)
{
    const auto name = optional_text(reference, "reference");
    return call_text(tw_powercompare, "POWERCOMPARE", p_w, name ? name->c_str() : nullptr);
}
}
