package kz.medcert.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebFrontTest {

    @Test
    void aReturnPathStaysOnThisSite() {
        assertThat(WebFront.localPath("/applicant/requests/1?x=2")).isEqualTo("/applicant/requests/1?x=2");
        assertThat(WebFront.localPath("https://evil.example/")).isEqualTo("/");
        assertThat(WebFront.localPath("//evil.example/")).isEqualTo("/");
        assertThat(WebFront.localPath("/\\evil.example/")).isEqualTo("/");
        assertThat(WebFront.localPath("/a\r\nSet-Cookie: x")).isEqualTo("/");
        assertThat(WebFront.localPath("")).isEqualTo("/");
    }
}
