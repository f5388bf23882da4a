package com.kt.eventmarketing.web.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what the platform is, with links to the API documentation and health. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "index";
    }
}
