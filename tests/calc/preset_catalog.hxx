// The sourced preset catalog as core/catalog.c lists it, written out for
// the presets suite (this binary does not link the core): every preset with
// its fields, values, units and dates; the sources and labels PRESETINFO and
// POWERCOMPARE write; and the formulas and texts built from them (the
// formats documented in core/tw_catalog.h).
#pragma once

#include <string>
#include <vector>

namespace tokwatt_test::presets
{
struct Field
{
    const char* field;
    double value;
    const char* shown; // the value as PRESETINFO writes it: %.6G with '.'
    const char* unit;  // "" when dimensionless
    const char* as_of; // nullptr: the kind has the field, no source gives it
};

struct Preset
{
    const char* name; // as the catalog spells it
    int kind;         // 1 gpu, 2 power reference, 3 cache profile
    std::vector<Field> fields; // every field of the kind, in PRESETINFO order
};

constexpr int gpu = 1, power = 2, cache = 3; // Preset::kind

extern const std::vector<Preset> catalog;

// The preset of the test's table called name (as the catalog spells it).
const Preset& preset(const char* name);

std::string quoted(const std::string& s);
std::string upper(std::string s);
std::string lower(std::string s);

// The formula that reads one field of a preset with the function of its kind.
std::string getter(int kind, const std::string& name, const std::string& field);

// PRESETINFO's parts (core/tw_catalog.h, tw_presetinfo):
//   "<name> <field> = <value> <unit>; source: <source>; as of <as_of>"
//   "<name> <field>: no sourced value", joined by " | ".
std::string info_head(const std::string& name, const Field& f);
std::string info(const std::string& name, const Field& f, const std::string& source);
std::string no_value(const std::string& name, const char* field);

// Sources, as core/catalog.c writes them (its macros ESSAY, ESSAY_TPS, ...).
extern const std::string essay, essay_tps, essay_betas, essay_cache_section;

// POWERCOMPARE's labels (core/catalog.c, the label of each power reference).
extern const std::string household, hoover, nuclear, us_grid, world_el, world_pe, sunlight;
}
