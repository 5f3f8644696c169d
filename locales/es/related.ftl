### How a similar code differs from the one being explained.
### $difference (String) - what tells the two codes apart:
###   imaging-yes       the other code uses live x-ray or CT; this one does not
###   imaging-no        the other code uses no imaging; this one does
###   region-lower      the other code is for the lower back
###   region-upper      the other code is for the neck or upper back
###   technique-single  the other code is one shot; the needle or tube comes out the same day
###   technique-catheter the other code leaves a tube in for hours or days
###   guidance-excluded the other code is live x-ray guidance (77003), never billed with this code
###   guidance-included the other code is live x-ray guidance (77003), already part of this code
###   includes-guidance the other code is a shot code that already includes the imaging (seen from 77003)
# Spanish: "billed" is "se cobra" (plain word a patient knows from a bill).

related-difference = { $difference ->
        [imaging-yes] Lo mismo, pero los { -live-x-ray } o una { -ct-scan } guían la aguja.
        [imaging-no] Lo mismo, pero no se usan rayos X ni { -ct-scan } para guiar la aguja.
        [region-lower] Lo mismo, pero en { -lower-spine }.
        [region-upper] Lo mismo, pero en { -upper-spine }.
        [technique-single] Una sola inyección. La aguja o el { -tube } se saca el mismo día.
        [technique-catheter] Un { -tube } se queda puesto, así que se puede dar medicamento durante horas o días.
        [guidance-excluded] Solo la guía con { -live-x-ray }. No se cobra junto con este código. Si se usaron imágenes, se cobra en su lugar un código que incluye imágenes.
        [guidance-included] Solo la guía con { -live-x-ray }. Este código ya incluye las imágenes, así que no se cobran otra vez.
       *[includes-guidance] Este código de inyección ya incluye las imágenes. Por eso, el 77003 no se cobra junto con él.
    }
