// Plain text out of the HTML that LMSs keep in course summaries: tags dropped, the common entities
// decoded. Used only to find words; nothing produced here is ever rendered.
#pragma once
#include <string>
#include <string_view>

namespace sweetspot {

std::string html_to_text(std::string_view html);

}  // namespace sweetspot
