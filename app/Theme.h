#pragma once
// Light and dark palettes. System (the default) keeps what the desktop gives Qt: its style and
// palette, dark when the desktop is dark. Light and Dark set the Fusion style with a palette of
// their own, for a desktop that gives Qt no dark palette (Qt 6.4 cannot ask for the colour scheme).

#include <QString>
#include <optional>

namespace gl {

enum class Theme { System, Light, Dark };

QString themeKey(Theme theme);  // "system", "light", "dark"
std::optional<Theme> themeFromKey(const QString &key);

// Sets the application's style and palette; every window follows at once.
void applyTheme(Theme theme);
Theme currentTheme();

// The choice kept in the settings (System when none).
Theme savedTheme();
void saveTheme(Theme theme);

} // namespace gl
