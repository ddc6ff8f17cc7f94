// What a workbook asks to simulate: its UNCERTAIN cells (the inputs) and
// its SIMOUTPUT cells (the outputs), found in a copy of it, each named by
// the defined name of its cell where it has one, else by its absolute
// address ($Sheet1.$B$5); and its optional rank-correlation matrix, the
// range named TW_SIM_CORRELATION.
#pragma once

#include <string>
#include <vector>

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/table/XCell.hpp>

#include "sampling.hxx"

namespace tokwatt::simulate
{
struct Input
{
    std::string name;    // defined name, or absolute address
    std::string address; // $Sheet1.$B$5
    std::string formula; // as the cell holds it, restored after the run
    css::uno::Reference<css::table::XCell> cell;
    Distribution distribution;
};

struct Output
{
    std::string name;
    std::string address;
    std::string formula; // as the cell holds it, restored after the run
    // SIMOUTPUT's value argument: the cell's formula while the trials run,
    // as SIMOUTPUT returns that value unchanged (an add-in call fewer per
    // output and trial); "" where SIMOUTPUT itself must run (its name is
    // not a text, so it shows an error).
    std::string value;
    css::uno::Reference<css::table::XCell> cell;
};

struct Model
{
    std::vector<Input> inputs;
    std::vector<Output> outputs;
    std::string correlation_range;     // "" without TW_SIM_CORRELATION
    std::vector<double> correlation;   // inputs x inputs, row-major; empty without
};

// Reads the model from document (a copy: evaluating an UNCERTAIN's
// arguments types them into its cell, and its formula is put back).
// Throws std::invalid_argument naming the cell and the problem: a range
// that makes no distribution, UNCERTAIN or SIMOUTPUT not the whole formula
// of its cell, no SIMOUTPUT at all, a correlation matrix that is not one.
Model read_model(const css::uno::Reference<css::lang::XComponent>& document);

// The exact text README and the report use for the correlation name.
constexpr const char* correlation_name = "TW_SIM_CORRELATION";
}
