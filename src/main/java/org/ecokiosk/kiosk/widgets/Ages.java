package org.ecokiosk.kiosk.widgets;

import java.time.temporal.ChronoUnit;
import org.ecokiosk.evaluation.DataAge;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.model.Language;

/** A figure's age in words a resident would say: "3 小时" / "3 hours", "31 天" / "31 days". */
public final class Ages {
    private Ages() {
    }

    public static String words(DataAge age, Messages messages, Language language) {
        String unit = age.unit() == ChronoUnit.HOURS ? "hours" : "days";
        String key = "age." + unit + (age.amount() == 1 ? ".one" : "");
        return messages.get(language, key, age.amount());
    }
}
