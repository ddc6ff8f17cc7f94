// The UNO component Calc loads: XAddIn metadata read from the function
// table, and one method per table entry that converts the arguments, calls
// the core and maps its status.
#pragma once

#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/lang/XServiceName.hpp>
#include <com/sun/star/sheet/XAddIn.hpp>
#include <cppuhelper/implbase4.hxx>
#include <org/tokwatt/XCalcFunctions.hpp>

namespace tokwatt
{
using css::uno::Any;
using rtl::OUString;

class CalcFunctions
    : public cppu::WeakImplHelper4<org::tokwatt::XCalcFunctions, css::sheet::XAddIn,
                                   css::lang::XServiceName, css::lang::XServiceInfo>
{
public:
    // Calc creates every add-in while building its function list: this must
    // stay cheap and must not throw.
    CalcFunctions() = default;

    // XCalcFunctions (calc_functions.cxx)
    double SAL_CALL ETOK(const Any& tdp_w, const Any& tokens_per_s, const Any& fleet_share,
                         const Any& pue) override;
    double SAL_CALL CACHEFACTOR(const Any& alpha_o, const Any& alpha_m, const Any& alpha_h,
                                const Any& beta_m, const Any& beta_h) override;
    double SAL_CALL EEFF(double e_tok, const Any& alpha_o, const Any& alpha_m,
                         const Any& alpha_h, const Any& beta_m, const Any& beta_h) override;
    double SAL_CALL PUSER(double tokens_per_day, double e_eff) override;
    double SAL_CALL PPOP(double users, double p_user) override;
    double SAL_CALL GRIDRATIO(double p_w, double grid_w) override;
    double SAL_CALL KARDASHEV(double p_w) override;
    double SAL_CALL NMAX(double tokens_per_day, double e_eff, double budget_w) override;
    double SAL_CALL ETARGET(double users, double tokens_per_day, double budget_w) override;
    double SAL_CALL GAPFACTOR(double e_eff, double users, double tokens_per_day,
                              double budget_w) override;
    css::uno::Sequence<css::uno::Sequence<double>> SAL_CALL
    COHORT(const css::uno::Sequence<css::uno::Sequence<Any>>& users, double p_user,
           const Any& grid_w) override;

    // XAddIn, XLocalizable, XServiceName, XServiceInfo (addin_info.cxx)
    OUString SAL_CALL getProgrammaticFuntionName(const OUString& display_name) override;
    OUString SAL_CALL getDisplayFunctionName(const OUString& programmatic_name) override;
    OUString SAL_CALL getFunctionDescription(const OUString& programmatic_name) override;
    OUString SAL_CALL getDisplayArgumentName(const OUString& programmatic_name,
                                             sal_Int32 argument) override;
    OUString SAL_CALL getArgumentDescription(const OUString& programmatic_name,
                                             sal_Int32 argument) override;
    OUString SAL_CALL getProgrammaticCategoryName(const OUString& programmatic_name) override;
    OUString SAL_CALL getDisplayCategoryName(const OUString& programmatic_name) override;
    void SAL_CALL setLocale(const css::lang::Locale& locale) override;
    css::lang::Locale SAL_CALL getLocale() override;
    OUString SAL_CALL getServiceName() override;
    OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const OUString& service) override;
    css::uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override;

private:
    css::lang::Locale locale_;
};
}
